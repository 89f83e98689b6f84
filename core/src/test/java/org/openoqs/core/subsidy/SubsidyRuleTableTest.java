package org.openoqs.core.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openoqs.core.table.TableException;

class SubsidyRuleTableTest {
    private static final String RULE_HEADER = String.join(",", SubsidyRuleTable.RULE_COLUMNS);
    private static final String DEADLINE_HEADER = String.join(",", SubsidyRuleTable.DEADLINE_COLUMNS);
    private static final String FUND = "医療情報化支援基金";

    // ---- the bundled tables, checked figure by figure against oqs-rules §2.1–2.3 ----

    /**
     * The reference's figures, typed again here so that a slip in the CSV shows up: RuleId, Category, ReaderCount,
     * OrderedFrom, OrderedTo, VendorContractBy, StartFrom, StartTo, CostCap, rate, GrantCap, Confidence.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            // §2.1 standard scheme [C]
            "HOSPITAL-STD-1,           HOSPITAL,             1, -,          -,          -,          -,          -,          2101000, 1/2, 1050000, C",
            "HOSPITAL-STD-2,           HOSPITAL,             2, -,          -,          -,          -,          -,          2002000, 1/2, 1001000, C",
            "HOSPITAL-STD-3,           HOSPITAL,             3, -,          -,          -,          -,          -,          1903000, 1/2,  951000, C",
            "LARGE-CHAIN-PHARMACY-STD, LARGE_CHAIN_PHARMACY, -, -,          -,          -,          -,          -,           429000, 1/2,  214000, C",
            "CLINIC-STD,               CLINIC,               -, -,          -,          -,          -,          -,           429000, 3/4,  321000, C",
            "PHARMACY-STD,             PHARMACY,             -, -,          -,          -,          -,          -,           429000, 3/4,  321000, C",
            // §2.2 reader ordered by 2021-03-31: 実費 up to 42.9万 (薬局 not told apart from 大型チェーン: S)
            "CLINIC-2021-ORDER,        CLINIC,               -, -,          2021-03-31, -,          -,          -,           429000, 1/1,  429000, C",
            "PHARMACY-2021-ORDER,      PHARMACY,             -, -,          2021-03-31, -,          -,          -,           429000, 1/1,  429000, S",
            // §2.2 ordered 2022-06-07..12-31, vendor by 2023-02-28: hospital caps doubled (cost caps S)
            "HOSPITAL-2022-ORDER-1,    HOSPITAL,             1, 2022-06-07, 2022-12-31, 2023-02-28, -,          -,          4202000, 1/2, 2101000, S",
            "HOSPITAL-2022-ORDER-2,    HOSPITAL,             2, 2022-06-07, 2022-12-31, 2023-02-28, -,          -,          4004000, 1/2, 2002000, S",
            "HOSPITAL-2022-ORDER-3,    HOSPITAL,             3, 2022-06-07, 2022-12-31, 2023-02-28, -,          -,          3806000, 1/2, 1903000, S",
            "CLINIC-2022-ORDER,        CLINIC,               -, 2022-06-07, 2022-12-31, 2023-02-28, -,          -,           429000, 1/1,  429000, C",
            // §2.2 difference: ordered by 2022-06-06, running 2022-06-07..2023-01-31 → the new amounts
            "HOSPITAL-2022-DIFF-1,     HOSPITAL,             1, -,          2022-06-06, -,          2022-06-07, 2023-01-31, 4202000, 1/2, 2101000, S",
            "HOSPITAL-2022-DIFF-2,     HOSPITAL,             2, -,          2022-06-06, -,          2022-06-07, 2023-01-31, 4004000, 1/2, 2002000, S",
            "HOSPITAL-2022-DIFF-3,     HOSPITAL,             3, -,          2022-06-06, -,          2022-06-07, 2023-01-31, 3806000, 1/2, 1903000, S",
            "CLINIC-2022-DIFF,         CLINIC,               -, -,          2022-06-06, -,          2022-06-07, 2023-01-31,  429000, 1/1,  429000, C"})
    void bundledRulesAreTheReferenceFigures(String ruleId, SubsidyCategory category, Integer readers,
            LocalDate orderedFrom, LocalDate orderedTo, LocalDate vendorBy, LocalDate startFrom, LocalDate startTo,
            long costCap, String rate, long grantCap, Confidence confidence) {
        SubsidyRule rule = bundledRule(ruleId);
        assertThat(rule.programme()).isEqualTo(FUND);
        assertThat(rule.category()).isEqualTo(category);
        assertThat(rule.readerCount()).isEqualTo(readers);
        assertThat(rule.orderedFrom()).isEqualTo(orderedFrom);
        assertThat(rule.orderedTo()).isEqualTo(orderedTo);
        assertThat(rule.vendorContractBy()).isEqualTo(vendorBy);
        assertThat(rule.startFrom()).isEqualTo(startFrom);
        assertThat(rule.startTo()).isEqualTo(startTo);
        assertThat(rule.costCap()).isEqualTo(costCap);
        assertThat(rule.rate()).hasToString(rate);
        assertThat(rule.grantCap()).isEqualTo(grantCap);
        assertThat(rule.confidence()).isEqualTo(confidence);
        assertThat(rule.note()).isNotBlank();
    }

    @Test
    void bundledTableHasNoOtherRules() {
        // 6 standard rows + 2 (2021 top-up) + 4 (2022 top-up) + 4 (2022 difference); the [U] terms have no row
        assertThat(SubsidyRuleTable.bundled().rules()).hasSize(16);
        assertThat(SubsidyRuleTable.bundled().rules()).noneMatch(r -> r.ruleId().startsWith("HOSPITAL-2021")
                || r.ruleId().startsWith("PHARMACY-2022") || r.ruleId().startsWith("LARGE-CHAIN-PHARMACY-20"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "ORIGINAL,         ORIGINAL,         2023-03-31, 2023-09-30, C",
            "DEFERRAL-1-4-5-6, DEFERRAL_1_4_5_6, 2023-09-30, 2023-12-31, C",
            "DEFERRAL-2-3,     DEFERRAL_2_3,     2024-03-31, -,          U"})
    void bundledDeadlinesAreTheReferenceFigures(String deadlineId, DeferralCondition condition, LocalDate runningBy,
            LocalDate applyBy, Confidence confidence) {
        SubsidyDeadline deadline = SubsidyRuleTable.bundled().deadline(FUND, condition).orElseThrow();
        assertThat(deadline.deadlineId()).isEqualTo(deadlineId);
        assertThat(deadline.runningBy()).isEqualTo(runningBy);
        assertThat(deadline.applyBy()).isEqualTo(applyBy);
        assertThat(deadline.confidence()).isEqualTo(confidence);
        assertThat(SubsidyRuleTable.bundled().deadlines()).hasSize(3);
    }

    @Test
    void originalDeadlineNoteKeepsBothApplicationDeadlines() {
        assertThat(SubsidyRuleTable.bundled().deadline(FUND, DeferralCondition.ORIGINAL).orElseThrow().note())
                .contains("令和5年6月30日", "2023-09-30");
    }

    @Test
    void bundledVersionIsTheHighestRowVersion() {
        assertThat(SubsidyRuleTable.bundled().version()).isEqualTo("2022-08");
        assertThat(SubsidyRuleTable.bundled()).isSameAs(SubsidyRuleTable.bundled());
    }

    // ---- reading another table ----

    @Test
    void readsAnotherProgrammeFromFiles() {
        SubsidyRuleTable table = read(rules(rule(Map.of()), rule(Map.of("RuleId", "NEW", "Version", "2023-04"))),
                deadlines(deadline(Map.of())));
        assertThat(table.rules()).extracting(SubsidyRule::ruleId).containsExactly("CLINIC-STD", "NEW");
        assertThat(table.version()).isEqualTo("2023-04");
        assertThat(table.deadline("P", DeferralCondition.ORIGINAL)).isPresent();
        assertThat(table.deadline("P", DeferralCondition.DEFERRAL_2_3)).isEmpty();
        assertThat(table.deadline("Q", DeferralCondition.ORIGINAL)).isEmpty();
    }

    @Test
    void emptyOptionalFieldsAreOpenConditions() {
        SubsidyRule rule = read(rules(rule(Map.of("Note", ""))), deadlines(deadline(Map.of()))).rules().get(0);
        assertThat(rule.readerCount()).isNull();
        assertThat(rule.orderedFrom()).isNull();
        assertThat(rule.conditionCount()).isZero();
        assertThat(rule.note()).isEmpty();
    }

    // ---- malformed tables: the message names source, line and column ----
    // Line numbers: the header is line 1, the first rule line 2.

    @Test
    void badNumber() {
        assertRulesProblem("rules.csv line 2, column GrantCap: not a whole number of yen: '32.1万'",
                rule(Map.of("GrantCap", "32.1万")));
        assertRulesProblem("rules.csv line 2, column RateDenominator: not a whole number: 'four'",
                rule(Map.of("RateDenominator", "four")));
        assertRulesProblem("rules.csv line 2, column ReaderCount: not a whole number: '1台'",
                rule(Map.of("Category", "HOSPITAL", "ReaderCount", "1台")));
    }

    @Test
    void badDate() {
        assertRulesProblem("rules.csv line 3, column OrderedTo: not a date yyyy-MM-dd: '2021/03/31'",
                rule(Map.of()), rule(Map.of("RuleId", "X", "OrderedTo", "2021/03/31")));
        assertDeadlinesProblem("deadlines.csv line 2, column ApplyBy: not a date yyyy-MM-dd: '令和5年9月30日'",
                deadline(Map.of("ApplyBy", "令和5年9月30日")));
    }

    @Test
    void missingColumn() {
        String header = RULE_HEADER.replace(",GrantCap", "");
        String line = rule(Map.of()).replace(",321000,C", ",C");
        assertThatThrownBy(() -> read(header + "\n" + line, deadlines(deadline(Map.of()))))
                .isInstanceOf(TableException.class)
                .hasMessage("rules.csv line 1, column GrantCap: missing from the header");
    }

    @Test
    void missingField() {
        assertRulesProblem("rules.csv line 2: expected 16 comma-separated fields as in the header, found 15",
                rule(Map.of()).replace(",note", ""));
    }

    @Test
    void commaInANote() {
        assertRulesProblem("rules.csv line 2: expected 16 comma-separated fields as in the header, found 17",
                rule(Map.of("Note", "医科, 歯科")));
    }

    @Test
    void duplicateId() {
        assertRulesProblem("rules.csv line 4, column RuleId: duplicate 'CLINIC-STD' (first on line 2)",
                rule(Map.of()), rule(Map.of("RuleId", "OTHER")), rule(Map.of()));
    }

    @Test
    void rateAboveOne() {
        assertRulesProblem("rules.csv line 2, column RateNumerator: a subsidy rate must not exceed 1: '5/4'",
                rule(Map.of("RateNumerator", "5", "RateDenominator", "4")));
    }

    @Test
    void zeroDenominator() {
        assertRulesProblem("rules.csv line 2, column RateDenominator: must be positive: '0'",
                rule(Map.of("RateDenominator", "0")));
    }

    @Test
    void windowEndingBeforeItStarts() {
        assertRulesProblem("rules.csv line 2, column OrderedTo: before OrderedFrom 2022-12-31: '2022-06-07'",
                rule(Map.of("OrderedFrom", "2022-12-31", "OrderedTo", "2022-06-07")));
        assertRulesProblem("rules.csv line 2, column StartTo: before StartFrom 2023-01-31: '2022-06-07'",
                rule(Map.of("StartFrom", "2023-01-31", "StartTo", "2022-06-07")));
    }

    @Test
    void readerCountOnANonHospitalRow() {
        assertThatThrownBy(() -> read(rules(rule(Map.of("ReaderCount", "1"))), deadlines(deadline(Map.of()))))
                .isInstanceOf(TableException.class)
                .hasMessageStartingWith("rules.csv line 2, column ReaderCount: only 病院 rows");
    }

    @Test
    void grantCapAboveCostCapTimesRate() {
        assertThatThrownBy(() -> read(rules(rule(Map.of("GrantCap", "330000"))), deadlines(deadline(Map.of()))))
                .isInstanceOf(TableException.class)
                .hasMessageStartingWith("rules.csv line 2, column GrantCap: exceeds CostCap × rate = 321750");
    }

    @Test
    void unknownCategoryConfidenceOrVersion() {
        assertThatThrownBy(() -> read(rules(rule(Map.of("Category", "MEDICAL_CLINIC"))), deadlines(deadline(Map.of()))))
                .isInstanceOf(TableException.class)
                .hasMessageStartingWith("rules.csv line 2, column Category: must be one of");
        assertRulesProblem("rules.csv line 2, column Confidence: must be C, S or U: 'I'",
                rule(Map.of("Confidence", "I")));
        assertRulesProblem("rules.csv line 2, column Version: not a version yyyy-MM: 'v2'",
                rule(Map.of("Version", "v2")));
    }

    @Test
    void requiredFieldLeftEmpty() {
        assertRulesProblem("rules.csv line 2, column Programme: required", rule(Map.of("Programme", "")));
    }

    @Test
    void noRuleRows() {
        assertRulesProblem("rules.csv: no rule rows");
    }

    @Test
    void duplicateDeadline() {
        assertDeadlinesProblem("deadlines.csv line 3, column Condition: duplicate 'P ORIGINAL' (first on line 2)",
                deadline(Map.of()), deadline(Map.of("DeadlineId", "AGAIN")));
        assertDeadlinesProblem("deadlines.csv line 3, column DeadlineId: duplicate 'ORIGINAL' (first on line 2)",
                deadline(Map.of()), deadline(Map.of("Condition", "DEFERRAL_2_3")));
    }

    @Test
    void deadlineOfAProgrammeWithoutRules() {
        assertDeadlinesProblem("deadlines.csv line 2, column Programme: no rule of this programme: 'Q'",
                deadline(Map.of("Programme", "Q")));
    }

    @Test
    void applyByBeforeRunningBy() {
        assertThatThrownBy(() -> read(rules(rule(Map.of())), deadlines(deadline(Map.of("ApplyBy", "2023-03-30")))))
                .isInstanceOf(TableException.class)
                .hasMessageStartingWith("deadlines.csv line 2, column ApplyBy: before RunningBy 2023-03-31");
    }

    // ---- helpers ----

    private static SubsidyRule bundledRule(String ruleId) {
        return SubsidyRuleTable.bundled().rules().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no bundled rule " + ruleId));
    }

    /** A valid clinic rule line with some fields replaced. */
    private static String rule(Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] values = {"CLINIC-STD", "P", "2022-08", "CLINIC", "", "", "", "", "", "", "429000", "3", "4",
                "321000", "C", "note"};
        for (int i = 0; i < values.length; i++) fields.put(SubsidyRuleTable.RULE_COLUMNS.get(i), values[i]);
        fields.putAll(changes);
        return String.join(",", fields.values());
    }

    private static String deadline(Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] values = {"ORIGINAL", "P", "ORIGINAL", "2023-03-31", "2023-09-30", "C", "note"};
        for (int i = 0; i < values.length; i++) fields.put(SubsidyRuleTable.DEADLINE_COLUMNS.get(i), values[i]);
        fields.putAll(changes);
        return String.join(",", fields.values());
    }

    private static String rules(String... lines) {
        return RULE_HEADER + "\n" + String.join("\n", lines);
    }

    private static String deadlines(String... lines) {
        return DEADLINE_HEADER + "\n" + String.join("\n", lines);
    }

    private static SubsidyRuleTable read(String rules, String deadlines) {
        return SubsidyRuleTable.read(new StringReader(rules), "rules.csv", new StringReader(deadlines),
                "deadlines.csv");
    }

    private static void assertRulesProblem(String message, String... ruleLines) {
        assertThatThrownBy(() -> read(rules(ruleLines), deadlines(deadline(Map.of()))))
                .isInstanceOf(TableException.class).hasMessage(message);
    }

    private static void assertDeadlinesProblem(String message, String... deadlineLines) {
        assertThatThrownBy(() -> read(rules(rule(Map.of())), deadlines(deadlineLines)))
                .isInstanceOf(TableException.class).hasMessage(message);
    }
}
