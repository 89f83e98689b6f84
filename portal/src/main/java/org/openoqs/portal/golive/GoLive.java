package org.openoqs.portal.golive;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.calendar.BusinessCalendar;
import org.openoqs.core.onboarding.GoLiveDateRule;
import org.openoqs.core.onboarding.PlannerSettings;
import org.openoqs.core.onboarding.PreparationPlan;
import org.openoqs.core.onboarding.PreparationPlanner;
import org.openoqs.core.onboarding.PreparationStep;
import org.openoqs.portal.application.ApplicationStatus;
import org.openoqs.portal.application.CardReaderApplications;
import org.openoqs.portal.application.UsageApplications;
import org.openoqs.portal.certificate.TerminalCertificates;
import org.openoqs.portal.subsidy.SubsidyApplications;
import org.openoqs.portal.subsidy.SubsidyStatus;
import org.openoqs.portal.web.FormProblems;
import org.openoqs.portal.web.FormRejectedException;
import org.openoqs.portal.web.JapanTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 運用開始日の入力 and the preparation plan. The 運用開始日 is checked by {@link GoLiveDateRule} (at most the end of
 * the next month, seed step 3-1 ④). Progress through the seed's steps comes from what the portal already knows (the
 * card-reader order, the 利用申請, the first certificate, the 運用開始日 entry, the subsidy submission); the steps done
 * outside the portal (vendor order, device set-up, operation test) are reported by the institution with their date.
 */
@Service
public class GoLive {
    /** Steps only the institution can report; the others are read from the portal's own records. */
    public static final List<PreparationStep> SELF_REPORTED = List.of(PreparationStep.VENDOR_ORDER,
            PreparationStep.DEVICE_SETUP, PreparationStep.OPERATION_TEST);
    private final JdbcTemplate jdbc;
    private final CardReaderApplications cardReaders;
    private final UsageApplications usage;
    private final TerminalCertificates certificates;
    private final SubsidyApplications subsidies;
    private final PreparationPlanner planner = new PreparationPlanner(BusinessCalendar.government(), PlannerSettings.defaults());
    private final GoLiveDateRule dateRule = new GoLiveDateRule();
    private final Clock clock;

    public GoLive(JdbcTemplate jdbc, CardReaderApplications cardReaders, UsageApplications usage,
                  TerminalCertificates certificates, SubsidyApplications subsidies, Clock clock) {
        this.jdbc = jdbc;
        this.cardReaders = cardReaders;
        this.usage = usage;
        this.certificates = certificates;
        this.subsidies = subsidies;
        this.clock = clock;
    }

    public Optional<GoLiveRecord> find(String institutionCode) {
        return jdbc.query("SELECT medical_institution_code, operation_start_date, entered_at, target_start_date, "
                + "planned_device_setup FROM go_live WHERE medical_institution_code = ?", (rs, n) -> new GoLiveRecord(
                rs.getString(1), date(rs.getDate(2)), JapanTime.local(rs.getTimestamp(3)), date(rs.getDate(4)),
                date(rs.getDate(5))), institutionCode).stream().findFirst();
    }

    /** 運用開始日の入力; may be changed later (the portal keeps the last entry). */
    @Transactional
    public GoLiveRecord enterStartDate(String institutionCode, String raw) {
        LocalDate entered = parse("operationStartDate", raw, true);
        List<String> problems = dateRule.problems(entered, LocalDate.now(clock));
        if (!problems.isEmpty()) throw FormRejectedException.of("operationStartDate", String.join(" ", problems));
        ensureRow(institutionCode);
        jdbc.update("UPDATE go_live SET operation_start_date = ?, entered_at = ? WHERE medical_institution_code = ?",
                entered, JapanTime.now(clock), institutionCode);
        return find(institutionCode).orElseThrow();
    }

    /** The planner's inputs; the plan is computed at once so an impossible set-up date is refused here. */
    @Transactional
    public PreparationPlan setTarget(String institutionCode, String targetRaw, String setupRaw) {
        LocalDate target = parse("targetStartDate", targetRaw, true);
        LocalDate setup = parse("plannedDeviceSetup", setupRaw, false);
        PreparationPlan plan;
        try {
            plan = planner.plan(target, Optional.ofNullable(setup), LocalDate.now(clock), completed(institutionCode));
        } catch (InvalidValueException e) {
            throw FormRejectedException.of("plannedDeviceSetup", "機器受取/設定日は運用開始予定日より前にしてください");
        }
        ensureRow(institutionCode);
        jdbc.update("UPDATE go_live SET target_start_date = ?, planned_device_setup = ? WHERE medical_institution_code = ?",
                target, setup, institutionCode);
        return plan;
    }

    /** Records (or, with a blank date, clears) a self-reported step. */
    @Transactional
    public void reportStep(String institutionCode, PreparationStep step, String raw) {
        if (!SELF_REPORTED.contains(step)) throw FormRejectedException.of("step", step.label() + "はポータルの記録から判定します");
        LocalDate done = parse("completedOn", raw, false);
        if (done != null && done.isAfter(LocalDate.now(clock))) {
            throw FormRejectedException.of("completedOn", "完了日に未来の日付は入力できません");
        }
        jdbc.update("DELETE FROM preparation_progress WHERE medical_institution_code = ? AND step = ?", institutionCode, step.name());
        if (done != null) {
            jdbc.update("INSERT INTO preparation_progress (medical_institution_code, step, completed_on) VALUES (?, ?, ?)",
                    institutionCode, step.name(), done);
        }
    }

    /** The plan for the saved target date, or empty while none is set. */
    public Optional<PreparationPlan> plan(String institutionCode) {
        return find(institutionCode).filter(g -> g.targetStartDate() != null).map(g -> planner.plan(g.targetStartDate(),
                Optional.ofNullable(g.plannedDeviceSetup()), LocalDate.now(clock), completed(institutionCode)));
    }

    /** When each step was done, from the portal's records and the institution's reports. */
    public Map<PreparationStep, LocalDate> completed(String institutionCode) {
        Map<PreparationStep, LocalDate> done = new EnumMap<>(PreparationStep.class);
        cardReaders.list(institutionCode).stream().filter(a -> a.status() != ApplicationStatus.RETURNED)
                .map(a -> a.submittedAt().toLocalDate()).min(LocalDate::compareTo)
                .ifPresent(d -> done.put(PreparationStep.CARD_READER_APPLICATION, d));
        usage.latest(institutionCode).filter(a -> a.status() != ApplicationStatus.RETURNED)
                .ifPresent(a -> done.put(PreparationStep.USAGE_APPLICATION, a.submittedAt().toLocalDate()));
        certificates.list(institutionCode).stream().map(c -> c.issuedAt().toLocalDate()).min(LocalDate::compareTo)
                .ifPresent(d -> done.put(PreparationStep.CERTIFICATE_APPLICATION, d));
        find(institutionCode).filter(g -> g.enteredAt() != null)
                .ifPresent(g -> done.put(PreparationStep.GO_LIVE_ENTRY, g.enteredAt().toLocalDate()));
        subsidies.latest(institutionCode).filter(a -> a.submittedAt() != null && a.status() != SubsidyStatus.DRAFT)
                .ifPresent(a -> done.put(PreparationStep.SUBSIDY_APPLICATION, a.submittedAt().toLocalDate()));
        jdbc.query("SELECT step, completed_on FROM preparation_progress WHERE medical_institution_code = ?",
                rs -> { done.put(PreparationStep.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate()); }, institutionCode);
        return done;
    }

    public LocalDate latestAllowedStart() {
        return GoLiveDateRule.latestAllowed(LocalDate.now(clock));
    }

    private void ensureRow(String institutionCode) {
        if (find(institutionCode).isEmpty()) {
            jdbc.update("INSERT INTO go_live (medical_institution_code) VALUES (?)", institutionCode);
        }
    }

    private static LocalDate parse(String field, String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) throw FormRejectedException.of(field, "日付を入力してください");
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new FormRejectedException(new FormProblems().add(field, "日付は yyyy-MM-dd の形で入力してください: " + raw));
        }
    }

    private static LocalDate date(java.sql.Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
