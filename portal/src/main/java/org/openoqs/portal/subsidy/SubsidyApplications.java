package org.openoqs.portal.subsidy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.subsidy.DeferralCondition;
import org.openoqs.core.subsidy.SubsidyCalculator;
import org.openoqs.core.subsidy.SubsidyClaim;
import org.openoqs.core.subsidy.SubsidyDecision;
import org.openoqs.core.subsidy.SubsidyRuleTable;
import org.openoqs.portal.account.AccountRepository;
import org.openoqs.portal.account.PortalAccount;
import org.openoqs.portal.application.ApplicationDecisions;
import org.openoqs.portal.application.ApplicationKind;
import org.openoqs.portal.application.ApplicationStatus;
import org.openoqs.portal.web.FormProblems;
import org.openoqs.portal.web.FormRejectedException;
import org.openoqs.portal.web.JapanTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 補助金申請 (seed step 4, after 導入完了): the institution enters its costs and dates, uploads the three documents, and
 * submits; the grant is the lesser of cost × rate and the cap of the rule that applies ({@link SubsidyCalculator} over
 * the versioned {@link SubsidyRuleTable}), and the programme's deadlines are enforced on the day of submission. The
 * decision is stored with the rule id and table version it came from.
 */
@Service
public class SubsidyApplications {
    private static final String COLUMNS = "a.id, a.medical_institution_code, a.reader_count, a.reader_order_date, "
            + "a.vendor_contract_date, a.operation_start_date, a.deferral, a.cost_terminal, a.cost_software, a.cost_network, "
            + "a.cost_other, a.eligible_cost, a.grant_amount, a.rule_id, a.rule_table_version, a.explanation, a.status, "
            + "a.operator_comment, a.created_at, a.submitted_at, a.decided_at, a.decided_by, "
            + "(SELECT COUNT(*) FROM subsidy_document d WHERE d.subsidy_application_id = a.id)";
    private final JdbcTemplate jdbc;
    private final AccountRepository accounts;
    private final SubsidyRuleTable table;
    private final SubsidyCalculator calculator;
    private final SubsidyDocuments documents;
    private final ApplicationDecisions decisions;
    private final Clock clock;

    public SubsidyApplications(JdbcTemplate jdbc, AccountRepository accounts, SubsidyRuleTable table,
                               SubsidyDocuments documents, ApplicationDecisions decisions, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.table = table;
        this.calculator = new SubsidyCalculator(table);
        this.documents = documents;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** What the form would be granted if submitted today; throws {@link FormRejectedException} for unreadable input. */
    public SubsidyDecision preview(String institutionCode, SubsidyForm form) {
        return calculator.decide(claim(account(institutionCode), form));
    }

    /** Saves the form as the institution's open application (creating it), with the decision it would get today. */
    @Transactional
    public SubsidyApplication save(String institutionCode, SubsidyForm form) {
        SubsidyClaim claim = claim(account(institutionCode), form);
        SubsidyDecision decision = calculator.decide(claim);
        SubsidyCosts costs = costs(form, new FormProblems()); // already checked by claim()
        Optional<SubsidyApplication> open = open(institutionCode);
        if (open.isEmpty() && latest(institutionCode).filter(a -> !a.status().editable()).isPresent()) {
            throw FormRejectedException.of("readerCount", "補助金申請は提出済みです（差戻しの場合だけ修正できます）");
        }
        Object[] values = {claim.readerCount(), claim.readerOrderDate(), claim.vendorContractDate(),
                claim.operationStartDate(), claim.deferral().name(), costs.terminal(), costs.software(), costs.network(),
                costs.other(), claim.eligibleCost(), decision.grant(), decision.appliedRule().map(r -> r.ruleId()).orElse(null),
                table.version(), decision.explanation()};
        if (open.isPresent()) {
            jdbc.update("UPDATE subsidy_application SET reader_count = ?, reader_order_date = ?, vendor_contract_date = ?, "
                    + "operation_start_date = ?, deferral = ?, cost_terminal = ?, cost_software = ?, cost_network = ?, "
                    + "cost_other = ?, eligible_cost = ?, grant_amount = ?, rule_id = ?, rule_table_version = ?, "
                    + "explanation = ? WHERE id = ?", append(values, open.get().id()));
        } else {
            jdbc.update("INSERT INTO subsidy_application (reader_count, reader_order_date, vendor_contract_date, "
                    + "operation_start_date, deferral, cost_terminal, cost_software, cost_network, cost_other, eligible_cost, "
                    + "grant_amount, rule_id, rule_table_version, explanation, medical_institution_code, status, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    append(values, institutionCode, SubsidyStatus.DRAFT.name(), JapanTime.now(clock)));
        }
        return open(institutionCode).orElseThrow();
    }

    /**
     * 申請: the open application must carry all three documents and be eligible today (deadlines included); the
     * figures are recomputed now, so the grant recorded is the one of the submission day.
     */
    @Transactional
    public SubsidyApplication submit(String institutionCode) {
        SubsidyApplication application = open(institutionCode)
                .orElseThrow(() -> FormRejectedException.of("readerCount", "先に申請内容を保存してください"));
        FormProblems problems = new FormProblems();
        Set<SubsidyDocumentKind> present = EnumSet.noneOf(SubsidyDocumentKind.class);
        documents.list(application.id()).forEach(d -> present.add(d.kind()));
        for (SubsidyDocumentKind kind : SubsidyDocumentKind.values()) {
            if (!present.contains(kind)) problems.add("document-" + kind.name(), kind.label() + "を添付してください");
        }
        SubsidyDecision decision = calculator.decide(claimOf(application));
        decision.refusals().forEach(r -> problems.add("decision-" + r.code(), r.message()));
        problems.throwIfAny();
        jdbc.update("UPDATE subsidy_application SET status = ?, submitted_at = ?, grant_amount = ?, rule_id = ?, "
                        + "rule_table_version = ?, explanation = ?, operator_comment = NULL, decided_at = NULL, decided_by = NULL "
                        + "WHERE id = ?", ApplicationStatus.SUBMITTED.name(), JapanTime.now(clock), decision.grant(),
                decision.appliedRule().map(r -> r.ruleId()).orElseThrow(), table.version(), decision.explanation(),
                application.id());
        return find(application.id()).orElseThrow();
    }

    /** The application the institution may still edit (a draft or a returned one). */
    public Optional<SubsidyApplication> open(String institutionCode) {
        return latest(institutionCode).filter(a -> a.status().editable());
    }

    public Optional<SubsidyApplication> latest(String institutionCode) {
        return jdbc.query("SELECT " + COLUMNS + " FROM subsidy_application a WHERE a.medical_institution_code = ? "
                + "ORDER BY a.id DESC", this::toApplication, institutionCode).stream().findFirst();
    }

    public Optional<SubsidyApplication> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM subsidy_application a WHERE a.id = ?", this::toApplication, id)
                .stream().findFirst();
    }

    /** Every application that reached the operator (drafts are the institution's own business). */
    public List<SubsidyApplication> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM subsidy_application a WHERE a.status <> ? ORDER BY a.id",
                this::toApplication, SubsidyStatus.DRAFT.name());
    }

    @Transactional
    public void decide(long id, ApplicationStatus decision, String operator, String comment) {
        decisions.decide(ApplicationKind.SUBSIDY, id, decision, operator, comment);
    }

    public SubsidyRuleTable ruleTable() {
        return table;
    }

    private PortalAccount account(String institutionCode) {
        return accounts.find(institutionCode).orElseThrow();
    }

    /** The claim the form makes today; every unreadable field is reported at once. */
    private SubsidyClaim claim(PortalAccount account, SubsidyForm form) {
        FormProblems problems = new FormProblems();
        int readers = whole("readerCount", form.readerCount(), problems, "カードリーダーの台数");
        LocalDate ordered = date("readerOrderDate", form.readerOrderDate(), problems, false);
        LocalDate contracted = date("vendorContractDate", form.vendorContractDate(), problems, false);
        LocalDate start = date("operationStartDate", form.operationStartDate(), problems, true);
        DeferralCondition deferral = deferral(form.deferral(), problems);
        SubsidyCosts costs = costs(form, problems);
        if (readers < 1) problems.add("readerCount", "カードリーダーの台数は1台以上です");
        problems.throwIfAny();
        try {
            return new SubsidyClaim(account.institutionType(), account.largeChainPharmacy(), readers, costs.total(),
                    ordered, contracted, start, LocalDate.now(clock), deferral);
        } catch (InvalidValueException | ArithmeticException e) {
            throw FormRejectedException.of("costTerminal", "入力内容を確認してください: " + e.getMessage());
        }
    }

    private SubsidyClaim claimOf(SubsidyApplication a) {
        PortalAccount account = account(a.medicalInstitutionCode());
        return new SubsidyClaim(account.institutionType(), account.largeChainPharmacy(), a.readerCount(), a.eligibleCost(),
                a.readerOrderDate(), a.vendorContractDate(), a.operationStartDate(), LocalDate.now(clock), a.deferral());
    }

    private static SubsidyCosts costs(SubsidyForm form, FormProblems problems) {
        return new SubsidyCosts(yen("costTerminal", form.costTerminal(), problems),
                yen("costSoftware", form.costSoftware(), problems), yen("costNetwork", form.costNetwork(), problems),
                yen("costOther", form.costOther(), problems));
    }

    /** Amounts may be typed with commas, 円 or full-width digits; blank is 0. */
    static long yen(String field, String raw, FormProblems problems) {
        String s = raw == null ? "" : java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFKC)
                .replace(",", "").replace("円", "").strip();
        if (s.isEmpty()) return 0;
        if (!s.matches("\\d{1,12}")) {
            problems.add(field, "金額は0以上の整数（円）で入力してください: " + raw);
            return 0;
        }
        return Long.parseLong(s);
    }

    private static int whole(String field, String raw, FormProblems problems, String what) {
        String s = raw == null ? "" : raw.strip();
        if (!s.matches("\\d{1,3}")) {
            problems.add(field, what + "を数字で入力してください");
            return 0;
        }
        return Integer.parseInt(s);
    }

    private static LocalDate date(String field, String raw, FormProblems problems, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) problems.add(field, "日付を入力してください");
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            problems.add(field, "日付は yyyy-MM-dd の形で入力してください: " + raw);
            return null;
        }
    }

    private static DeferralCondition deferral(String raw, FormProblems problems) {
        try {
            return raw == null || raw.isBlank() ? DeferralCondition.ORIGINAL : DeferralCondition.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            problems.add("deferral", "猶予届の区分を選んでください");
            return DeferralCondition.ORIGINAL;
        }
    }

    private static Object[] append(Object[] values, Object... more) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }

    private SubsidyApplication toApplication(ResultSet rs, int row) throws SQLException {
        return new SubsidyApplication(rs.getLong(1), rs.getString(2), rs.getInt(3), localDate(rs, 4), localDate(rs, 5),
                localDate(rs, 6), DeferralCondition.valueOf(rs.getString(7)),
                new SubsidyCosts(rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11)), rs.getLong(12),
                rs.getLong(13), rs.getString(14), rs.getString(15), rs.getString(16), SubsidyStatus.valueOf(rs.getString(17)),
                rs.getString(18), JapanTime.local(rs.getTimestamp(19)), JapanTime.local(rs.getTimestamp(20)),
                JapanTime.local(rs.getTimestamp(21)), rs.getString(22), rs.getInt(23));
    }

    private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
