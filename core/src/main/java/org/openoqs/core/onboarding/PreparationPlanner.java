package org.openoqs.core.onboarding;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.calendar.BusinessCalendar;

/**
 * Works the 準備作業の手引き's deadlines back from a target 運用開始日 and tells, for a given day, which steps are
 * done, due soon or already late. The point is the last: an institution that picks a start date too close finds out
 * at once which deadlines it has already missed.
 *
 * <p>Deadlines (lead times from {@link PlannerSettings}; the 手引き's wording in quotes, [C] from seed 000 unless
 * marked):
 * <ul>
 *   <li>顔認証付きカードリーダー申し込み: 「運用開始」の4ヶ月前まで (目安), moved back to a business day;</li>
 *   <li>システムベンダーへ発注: 「運用開始」の1ヶ月前まで, moved back likewise;</li>
 *   <li>利用申請 and 電子証明書発行申請: 「機器受取/設定」の5営業日前まで;</li>
 *   <li>機器受取/設定: the institution's planned day, else a placeholder [U] some business days before the start;</li>
 *   <li>運用テスト: after the set-up, by the last business day before the start [U: the 手引き only orders it];</li>
 *   <li>運用開始日の入力: the portal takes a date up to the end of the next month (最大翌月末迄), so it can be entered
 *       from the 1st of the month before the start, and is due on the start day itself [S];</li>
 *   <li>補助金申請: after 導入完了; its deadline is set by each subsidy programme, not here.</li>
 * </ul>
 * "Moved back to a business day": a deadline that falls on a day the offices are closed is met only by acting on
 * the business day before it. [S]
 */
public final class PreparationPlanner {
    public static final String DEVICE_SETUP_FIELD = "DeviceSetupDate";

    private final BusinessCalendar calendar;
    private final PlannerSettings settings;

    /** A step's days before its status is known. */
    private record Window(Optional<LocalDate> earliest, Optional<LocalDate> latest, String rule) {
        static Window latest(LocalDate latest, String rule) {
            return new Window(Optional.empty(), Optional.of(latest), rule);
        }
    }

    public PreparationPlanner(BusinessCalendar calendar, PlannerSettings settings) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * The plan towards {@code targetStart}, seen on {@code today}.
     *
     * @param plannedDeviceSetup the institution's own 機器受取/設定 day, if agreed with the vendor; it must lie
     *        before {@code targetStart} (else {@link InvalidValueException} on {@value #DEVICE_SETUP_FIELD})
     * @param completedOn the day each finished step was done; steps not in the map are open
     */
    public PreparationPlan plan(LocalDate targetStart, Optional<LocalDate> plannedDeviceSetup, LocalDate today,
                                Map<PreparationStep, LocalDate> completedOn) {
        Objects.requireNonNull(targetStart, "targetStart");
        Objects.requireNonNull(plannedDeviceSetup, "plannedDeviceSetup");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(completedOn, "completedOn");
        LocalDate deviceSetup = deviceSetup(targetStart, plannedDeviceSetup);
        List<PlannedStep> steps = Arrays.stream(PreparationStep.values())
                .map(step -> planned(step, window(step, targetStart, deviceSetup, plannedDeviceSetup.isPresent()),
                        today, Optional.ofNullable(completedOn.get(step))))
                .toList();
        return new PreparationPlan(targetStart, deviceSetup, today, steps);
    }

    private LocalDate deviceSetup(LocalDate targetStart, Optional<LocalDate> planned) {
        if (planned.isEmpty()) return calendar.minusBusinessDays(targetStart, settings.setupBusinessDaysBeforeStart());
        LocalDate setup = planned.get();
        if (!setup.isBefore(targetStart)) {
            throw new InvalidValueException(DEVICE_SETUP_FIELD, setup.toString(),
                    "機器受取/設定 must be before the 運用開始日 " + targetStart);
        }
        return setup;
    }

    private PlannedStep planned(PreparationStep step, Window window, LocalDate today, Optional<LocalDate> done) {
        StepStatus status = StepStatus.of(window.latest(), done, today, settings.dueSoonDays());
        return new PlannedStep(step, window.earliest(), window.latest(), done, status, window.rule());
    }

    private Window window(PreparationStep step, LocalDate targetStart, LocalDate deviceSetup, boolean setupPlanned) {
        return switch (step) {
            case CARD_READER_APPLICATION -> cardReaderApplication(targetStart);
            case VENDOR_ORDER -> vendorOrder(targetStart);
            case USAGE_APPLICATION -> application(deviceSetup, "マスタアカウントの通知まで約5営業日");
            case CERTIFICATE_APPLICATION -> application(deviceSetup, "電子証明書発行通知書まで約5営業日");
            case DEVICE_SETUP -> deviceSetupWindow(deviceSetup, setupPlanned);
            case OPERATION_TEST -> operationTest(targetStart, deviceSetup);
            case GO_LIVE_ENTRY -> goLiveEntry(targetStart);
            case SUBSIDY_APPLICATION -> subsidyApplication(targetStart);
        };
    }

    private Window cardReaderApplication(LocalDate targetStart) {
        LocalDate latest = calendar.previousOrSameBusinessDay(targetStart.minus(settings.cardReaderLead()));
        return Window.latest(latest, "運用開始の" + japanese(settings.cardReaderLead()) + "前（目安）、営業日でなければ前の営業日");
    }

    private Window vendorOrder(LocalDate targetStart) {
        LocalDate latest = calendar.previousOrSameBusinessDay(targetStart.minus(settings.vendorOrderLead()));
        return Window.latest(latest, "運用開始の" + japanese(settings.vendorOrderLead()) + "前、営業日でなければ前の営業日");
    }

    private Window application(LocalDate deviceSetup, String answerTime) {
        int days = settings.applicationBusinessDaysBeforeSetup();
        return Window.latest(calendar.minusBusinessDays(deviceSetup, days),
                "機器受取/設定の" + days + "営業日前（" + answerTime + "）");
    }

    private Window deviceSetupWindow(LocalDate deviceSetup, boolean planned) {
        String rule = planned ? "医療機関等が予定した機器受取/設定日"
                : "予定日が未定のため運用開始の" + settings.setupBusinessDaysBeforeStart() + "営業日前（仮置き）";
        return Window.latest(deviceSetup, rule);
    }

    /** A set-up on a Saturday right before the start still leaves the test on the set-up day itself. */
    private Window operationTest(LocalDate targetStart, LocalDate deviceSetup) {
        LocalDate lastBusinessDayBefore = calendar.minusBusinessDays(targetStart, 1);
        String rule = "機器受取/設定の後、運用開始の前営業日まで";
        if (!lastBusinessDayBefore.isBefore(deviceSetup)) {
            return new Window(Optional.of(deviceSetup), Optional.of(lastBusinessDayBefore), rule);
        }
        return new Window(Optional.of(deviceSetup), Optional.of(deviceSetup), rule + "（設定日がそれより後のため設定日当日）");
    }

    /** An entered 運用開始日 may be at most the end of the next month, hence from the 1st of the month before. */
    private Window goLiveEntry(LocalDate targetStart) {
        LocalDate firstOfMonthBefore = targetStart.withDayOfMonth(1).minusMonths(1);
        return new Window(Optional.of(firstOfMonthBefore), Optional.of(targetStart),
                "運用開始の前月1日から運用開始日まで（入力できる運用開始日は最大翌月末）");
    }

    private Window subsidyApplication(LocalDate targetStart) {
        return new Window(Optional.of(targetStart), Optional.empty(),
                "導入完了（運用開始）後に申請。期限は補助事業ごとに定められるため計画では設けない");
    }

    /** A lead time as the 手引き writes it: 4か月, 1年2か月, 10日. */
    static String japanese(Period period) {
        StringBuilder text = new StringBuilder();
        if (period.getYears() != 0) text.append(period.getYears()).append("年");
        if (period.getMonths() != 0) text.append(period.getMonths()).append("か月");
        if (period.getDays() != 0 || text.length() == 0) text.append(period.getDays()).append("日");
        return text.toString();
    }
}
