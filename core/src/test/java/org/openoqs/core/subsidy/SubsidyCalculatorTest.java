package org.openoqs.core.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openoqs.core.subsidy.ClaimBuilder.claim;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openoqs.core.subsidy.SubsidyDecision.Refusal;

class SubsidyCalculatorTest {
    private static final SubsidyRuleTable BUNDLED = SubsidyRuleTable.bundled();
    private static final SubsidyCalculator CALCULATOR = new SubsidyCalculator(BUNDLED);

    // ==== every rule row: at the cost cap (事業額上限), below it and above it ====

    enum Where { AT, BELOW, ABOVE }

    record Case(String ruleId, Where where, long cost, long costTimesRate, long grant) {
        @Override
        public String toString() {
            return ruleId + " " + where + " " + cost;
        }
    }

    /** Expected yen worked out by hand; each row's claim is built by {@link #claimMatching}. */
    static List<Case> ruleCases() {
        return List.of(
                // 病院 1台: 210.1万円 × 1/2, 補助限度額 105万円
                new Case("HOSPITAL-STD-1", Where.AT, 2_101_000, 1_050_500, 1_050_000),   // 2,101,000 × 1/2 = 1,050,500 → cap 1,050,000
                new Case("HOSPITAL-STD-1", Where.BELOW, 1_000_000, 500_000, 500_000),     // 1,000,000 × 1/2 = 500,000
                new Case("HOSPITAL-STD-1", Where.ABOVE, 3_000_000, 1_500_000, 1_050_000), // 1,500,000 → cap 1,050,000
                // 病院 2台: 200.2万円 × 1/2, 補助限度額 100.1万円
                new Case("HOSPITAL-STD-2", Where.AT, 2_002_000, 1_001_000, 1_001_000),   // 2,002,000 × 1/2 = 1,001,000 = cap
                new Case("HOSPITAL-STD-2", Where.BELOW, 1_500_001, 750_000, 750_000),     // 750,000.5 → 750,000 (truncated)
                new Case("HOSPITAL-STD-2", Where.ABOVE, 2_500_000, 1_250_000, 1_001_000), // 1,250,000 → cap 1,001,000
                // 病院 3台: 190.3万円 × 1/2, 補助限度額 95.1万円
                new Case("HOSPITAL-STD-3", Where.AT, 1_903_000, 951_500, 951_000),        // 1,903,000 × 1/2 = 951,500 → cap 951,000
                new Case("HOSPITAL-STD-3", Where.BELOW, 1_800_000, 900_000, 900_000),     // 1,800,000 × 1/2 = 900,000
                new Case("HOSPITAL-STD-3", Where.ABOVE, 2_000_000, 1_000_000, 951_000),   // 1,000,000 → cap 951,000
                // 大型チェーン薬局: 42.9万円 × 1/2, 補助限度額 21.4万円
                new Case("LARGE-CHAIN-PHARMACY-STD", Where.AT, 429_000, 214_500, 214_000),    // 214,500 → cap 214,000
                new Case("LARGE-CHAIN-PHARMACY-STD", Where.BELOW, 300_001, 150_000, 150_000), // 150,000.5 → 150,000
                new Case("LARGE-CHAIN-PHARMACY-STD", Where.ABOVE, 600_000, 300_000, 214_000), // 300,000 → cap 214,000
                // 診療所: 42.9万円 × 3/4, 補助限度額 32.1万円
                new Case("CLINIC-STD", Where.AT, 429_000, 321_750, 321_000),    // 429,000 × 3/4 = 321,750 → cap 321,000
                new Case("CLINIC-STD", Where.BELOW, 400_000, 300_000, 300_000), // 400,000 × 3/4 = 300,000
                new Case("CLINIC-STD", Where.ABOVE, 500_000, 375_000, 321_000), // 375,000 → cap 321,000
                // 薬局: 42.9万円 × 3/4, 補助限度額 32.1万円
                new Case("PHARMACY-STD", Where.AT, 429_000, 321_750, 321_000),  // 321,750 → cap 321,000
                new Case("PHARMACY-STD", Where.BELOW, 100_001, 75_000, 75_000), // 100,001 × 3/4 = 75,000.75 → 75,000
                new Case("PHARMACY-STD", Where.ABOVE, 800_000, 600_000, 321_000), // 600,000 → cap 321,000
                // 2021 top-up, 診療所: 実費 (1/1) up to 42.9万円
                new Case("CLINIC-2021-ORDER", Where.AT, 429_000, 429_000, 429_000),    // 429,000 × 1/1 = cap
                new Case("CLINIC-2021-ORDER", Where.BELOW, 300_000, 300_000, 300_000), // 300,000 (standard: 225,000)
                new Case("CLINIC-2021-ORDER", Where.ABOVE, 500_000, 500_000, 429_000), // 500,000 → cap 429,000
                // 2021 top-up, 薬局: 実費 up to 42.9万円
                new Case("PHARMACY-2021-ORDER", Where.AT, 429_000, 429_000, 429_000),
                new Case("PHARMACY-2021-ORDER", Where.BELOW, 123_456, 123_456, 123_456), // standard: 92,592
                new Case("PHARMACY-2021-ORDER", Where.ABOVE, 429_001, 429_001, 429_000), // one yen over → cap
                // 2022 top-up, 病院 1台: 補助限度額 210.1万円 at 1/2 (事業額 420.2万円 [S])
                new Case("HOSPITAL-2022-ORDER-1", Where.AT, 4_202_000, 2_101_000, 2_101_000),    // 4,202,000 × 1/2 = cap
                new Case("HOSPITAL-2022-ORDER-1", Where.BELOW, 3_000_000, 1_500_000, 1_500_000), // standard: 1,050,000
                new Case("HOSPITAL-2022-ORDER-1", Where.ABOVE, 5_000_000, 2_500_000, 2_101_000), // → cap 2,101,000
                // 2022 top-up, 病院 2台: 補助限度額 200.2万円
                new Case("HOSPITAL-2022-ORDER-2", Where.AT, 4_004_000, 2_002_000, 2_002_000),
                new Case("HOSPITAL-2022-ORDER-2", Where.BELOW, 3_000_000, 1_500_000, 1_500_000), // standard: 1,001,000
                new Case("HOSPITAL-2022-ORDER-2", Where.ABOVE, 4_500_000, 2_250_000, 2_002_000),
                // 2022 top-up, 病院 3台: 補助限度額 190.3万円
                new Case("HOSPITAL-2022-ORDER-3", Where.AT, 3_806_000, 1_903_000, 1_903_000),
                new Case("HOSPITAL-2022-ORDER-3", Where.BELOW, 2_500_001, 1_250_000, 1_250_000), // 1,250,000.5 → 1,250,000
                new Case("HOSPITAL-2022-ORDER-3", Where.ABOVE, 4_000_000, 2_000_000, 1_903_000),
                // 2022 top-up, 診療所: 実費 up to 42.9万円
                new Case("CLINIC-2022-ORDER", Where.AT, 429_000, 429_000, 429_000),
                new Case("CLINIC-2022-ORDER", Where.BELOW, 200_000, 200_000, 200_000), // standard: 150,000
                new Case("CLINIC-2022-ORDER", Where.ABOVE, 1_000_000, 1_000_000, 429_000),
                // 2022 difference rows: the same new amounts
                new Case("HOSPITAL-2022-DIFF-1", Where.AT, 4_202_000, 2_101_000, 2_101_000),
                new Case("HOSPITAL-2022-DIFF-1", Where.BELOW, 2_200_000, 1_100_000, 1_100_000), // standard: 1,050,000
                new Case("HOSPITAL-2022-DIFF-1", Where.ABOVE, 4_202_002, 2_101_001, 2_101_000),
                new Case("HOSPITAL-2022-DIFF-2", Where.AT, 4_004_000, 2_002_000, 2_002_000),
                new Case("HOSPITAL-2022-DIFF-2", Where.BELOW, 2_100_000, 1_050_000, 1_050_000), // standard: 1,001,000
                new Case("HOSPITAL-2022-DIFF-2", Where.ABOVE, 6_000_000, 3_000_000, 2_002_000),
                new Case("HOSPITAL-2022-DIFF-3", Where.AT, 3_806_000, 1_903_000, 1_903_000),
                new Case("HOSPITAL-2022-DIFF-3", Where.BELOW, 1_950_000, 975_000, 975_000),   // standard: 951,000
                new Case("HOSPITAL-2022-DIFF-3", Where.ABOVE, 3_806_002, 1_903_001, 1_903_000),
                new Case("CLINIC-2022-DIFF", Where.AT, 429_000, 429_000, 429_000),
                new Case("CLINIC-2022-DIFF", Where.BELOW, 1, 1, 1),                       // standard: 1 × 3/4 → 0
                new Case("CLINIC-2022-DIFF", Where.ABOVE, 430_000, 430_000, 429_000));
    }

    /** A claim that qualifies for the row: its category, reader count and dates inside its windows. */
    private static ClaimBuilder claimMatching(SubsidyRule rule) {
        ClaimBuilder claim = claim(rule.category()).readers(rule.readerCount() == null ? 1 : rule.readerCount());
        if (rule.ruleId().contains("2021-ORDER")) return claim.ordered("2021-03-01");
        if (rule.ruleId().contains("2022-ORDER")) return claim.ordered("2022-08-01").contracted("2022-09-01");
        if (rule.ruleId().contains("2022-DIFF")) return claim.ordered("2022-05-01").started("2022-10-01");
        return claim;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleCases")
    void grantOfEveryRuleRow(Case c) {
        SubsidyRule rule = rule(c.ruleId());
        SubsidyDecision decision = CALCULATOR.decide(claimMatching(rule).cost(c.cost()).build());

        assertThat(decision.appliedRule()).contains(rule);
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.costTimesRate()).isEqualTo(c.costTimesRate());
        assertThat(decision.grantCap()).isEqualTo(rule.grantCap());
        assertThat(decision.grant()).isEqualTo(c.grant());
    }

    @Test
    void everyRuleRowHasACaseAtBelowAndAboveItsCostCap() {
        Set<String> covered = ruleCases().stream().map(Case::ruleId).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(
                BUNDLED.rules().stream().map(SubsidyRule::ruleId).toList());
        for (Case c : ruleCases()) {
            long costCap = rule(c.ruleId()).costCap();
            switch (c.where()) {
                case AT -> assertThat(c.cost()).as(c.toString()).isEqualTo(costCap);
                case BELOW -> assertThat(c.cost()).as(c.toString()).isLessThan(costCap);
                case ABOVE -> assertThat(c.cost()).as(c.toString()).isGreaterThan(costCap);
            }
        }
        assertThat(ruleCases()).hasSize(3 * BUNDLED.rules().size());
    }

    // ==== every deadline row: on the day and the day after ====

    @ParameterizedTest
    @EnumSource(DeferralCondition.class)
    void everyDeadlineRowIncludesItsLastDays(DeferralCondition condition) {
        SubsidyDeadline deadline = BUNDLED.deadline("医療情報化支援基金", condition).orElseThrow();
        String runningBy = deadline.runningBy().toString();
        String applyBy = deadline.applyByPublished() ? deadline.applyBy().toString() : "2024-04-01";
        ClaimBuilder onTheDay = claim().deferral(condition).started(runningBy).applied(applyBy);
        List<String> unpublished = deadline.applyByPublished() ? List.of() : List.of(Refusal.APPLY_BY_UNPUBLISHED);

        assertThat(codes(onTheDay.build())).containsExactlyElementsOf(unpublished);
        assertThat(codes(onTheDay.started(deadline.runningBy().plusDays(1).toString()).build()))
                .containsExactlyElementsOf(concat(List.of(Refusal.NOT_RUNNING_IN_TIME), unpublished));
        if (deadline.applyByPublished()) {
            assertThat(codes(claim().deferral(condition).started(runningBy)
                    .applied(deadline.applyBy().plusDays(1).toString()).build()))
                    .containsExactly(Refusal.APPLIED_TOO_LATE);
        }
    }

    @ParameterizedTest(name = "{0} running {1} applying {2} → {3}")
    @CsvSource(nullValues = "-", value = {
            // original fund: running by 2023-03-31, applying by 2023-09-30 (extended from 2023-06-30)
            "ORIGINAL,         2023-03-31, 2023-09-30, -",
            "ORIGINAL,         2023-04-01, 2023-09-30, NOT_RUNNING_IN_TIME",
            "ORIGINAL,         2023-03-31, 2023-07-01, -",
            "ORIGINAL,         2023-03-31, 2023-10-01, APPLIED_TOO_LATE",
            "ORIGINAL,         2023-04-01, 2023-10-01, NOT_RUNNING_IN_TIME APPLIED_TOO_LATE",
            // 猶予届 1/4/5/6: running by 2023-09-30, applying by 2023-12-31
            "DEFERRAL_1_4_5_6, 2023-09-30, 2023-12-31, -",
            "DEFERRAL_1_4_5_6, 2023-10-01, 2023-12-31, NOT_RUNNING_IN_TIME",
            "DEFERRAL_1_4_5_6, 2023-09-30, 2024-01-01, APPLIED_TOO_LATE",
            // 猶予届 2/3: running by 2024-03-31 [U], no application deadline published
            "DEFERRAL_2_3,     2024-03-31, 2024-04-01, APPLY_BY_UNPUBLISHED",
            "DEFERRAL_2_3,     2024-04-01, 2024-04-01, NOT_RUNNING_IN_TIME APPLY_BY_UNPUBLISHED",
            "DEFERRAL_2_3,     2023-01-10, 2023-02-01, APPLY_BY_UNPUBLISHED"})
    void deadlineEdges(DeferralCondition condition, String started, String applied, String refusals) {
        SubsidyDecision decision = CALCULATOR.decide(claim().deferral(condition).started(started).applied(applied)
                .build());
        List<String> expected = refusals == null ? List.of() : List.of(refusals.split(" "));
        assertThat(decision.refusals()).extracting(Refusal::code).containsExactlyElementsOf(expected);
        assertThat(decision.eligible()).isEqualTo(expected.isEmpty());
        assertThat(decision.deadline()).map(SubsidyDeadline::condition).contains(condition);
        // 429,000 × 3/4 = 321,750 → 321,000 when granted, 0 when refused
        assertThat(decision.grant()).isEqualTo(expected.isEmpty() ? 321_000 : 0);
    }

    @Test
    void aRefusedClaimStillShowsTheRuleAndFigures() {
        SubsidyDecision decision = CALCULATOR.decide(claim().started("2023-04-01").build());
        assertThat(decision.appliedRule()).map(SubsidyRule::ruleId).contains("CLINIC-STD");
        assertThat(decision.costTimesRate()).isEqualTo(321_750);
        assertThat(decision.grantCap()).isEqualTo(321_000);
        assertThat(decision.grant()).isZero();
        assertThat(decision.refusals().get(0).message()).contains("2023-04-01", "2023-03-31");
    }

    // ==== top-up window edges ====

    @ParameterizedTest(name = "{0} {1} readers ordered {2} contracted {3} running {4} → {5}")
    @CsvSource(nullValues = "-", value = {
            // reader ordered by 2021-03-31
            "CLINIC,               1, 2021-03-31, -,          2023-03-01, CLINIC-2021-ORDER",
            "CLINIC,               1, 2021-04-01, -,          2023-03-01, CLINIC-STD",
            "PHARMACY,             1, 2021-03-31, -,          2023-03-01, PHARMACY-2021-ORDER",
            "PHARMACY,             1, 2021-04-01, -,          2023-03-01, PHARMACY-STD",
            "LARGE_CHAIN_PHARMACY, 1, 2021-03-31, -,          2023-03-01, LARGE-CHAIN-PHARMACY-STD",
            "HOSPITAL,             1, 2021-03-31, -,          2023-03-01, HOSPITAL-STD-1",
            // ordered 2022-06-07..2022-12-31 with the vendor contracted by 2023-02-28
            "CLINIC,               1, 2022-06-07, 2022-06-07, 2023-03-01, CLINIC-2022-ORDER",
            "CLINIC,               1, 2022-06-06, 2022-06-07, 2023-03-01, CLINIC-STD",
            "HOSPITAL,             1, 2022-06-07, 2023-02-28, 2023-03-01, HOSPITAL-2022-ORDER-1",
            "HOSPITAL,             1, 2022-12-31, 2023-02-28, 2023-03-01, HOSPITAL-2022-ORDER-1",
            "HOSPITAL,             1, 2023-01-01, 2023-02-28, 2023-03-01, HOSPITAL-STD-1",
            "HOSPITAL,             2, 2022-12-31, 2023-03-01, 2023-03-20, HOSPITAL-STD-2",
            "HOSPITAL,             2, 2022-12-31, -,          2023-03-01, HOSPITAL-STD-2",
            "PHARMACY,             1, 2022-08-01, 2022-09-01, 2023-03-01, PHARMACY-STD",
            // ordered by 2022-06-06 and running 2022-06-07..2023-01-31: the difference
            "HOSPITAL,             3, 2022-06-06, -,          2022-06-07, HOSPITAL-2022-DIFF-3",
            "HOSPITAL,             3, 2022-06-06, -,          2022-06-06, HOSPITAL-STD-3",
            "HOSPITAL,             3, 2022-06-06, -,          2023-01-31, HOSPITAL-2022-DIFF-3",
            "HOSPITAL,             3, 2022-06-06, -,          2023-02-01, HOSPITAL-STD-3",
            "HOSPITAL,             3, 2022-06-07, -,          2022-10-01, HOSPITAL-STD-3",
            "CLINIC,               1, 2022-06-06, -,          2023-01-31, CLINIC-2022-DIFF",
            "CLINIC,               1, 2022-06-06, -,          2023-02-01, CLINIC-STD",
            // no order date (bought by the institution itself or unknown): the standard row
            "CLINIC,               1, -,          -,          2022-10-01, CLINIC-STD",
            "HOSPITAL,             1, -,          2022-09-01, 2022-10-01, HOSPITAL-STD-1",
            // more than 3 readers: the 3-reader row [U]
            "HOSPITAL,             4, -,          -,          2023-03-01, HOSPITAL-STD-3",
            "HOSPITAL,             10, 2022-08-01, 2022-09-01, 2023-03-01, HOSPITAL-2022-ORDER-3"})
    void topUpWindowEdges(SubsidyCategory category, int readers, String ordered, String contracted, String started,
            String expectedRule) {
        // costs high enough that every top-up row pays more than the standard row
        long cost = category == SubsidyCategory.HOSPITAL ? 5_000_000 : 429_000;
        SubsidyDecision decision = CALCULATOR.decide(claim(category).readers(readers).cost(cost).ordered(ordered)
                .contracted(contracted).started(started).build());
        assertThat(decision.appliedRule()).map(SubsidyRule::ruleId).contains(expectedRule);
        assertThat(decision.eligible()).isTrue();
    }

    // ==== choosing among candidates ====

    @Test
    void theHighestGrantApplies() {
        // standard 300,000 × 3/4 = 225,000; 2021 top-up 300,000 × 1/1 = 300,000
        SubsidyDecision decision = CALCULATOR.decide(claim().ordered("2021-03-31").cost(300_000).build());
        assertThat(decision.candidates()).extracting(SubsidyRule::ruleId)
                .containsExactly("CLINIC-STD", "CLINIC-2021-ORDER");
        assertThat(decision.appliedRule()).map(SubsidyRule::ruleId).contains("CLINIC-2021-ORDER");
        assertThat(decision.grant()).isEqualTo(300_000);
    }

    @Test
    void aTopUpThatGivesNoMoreLeavesTheStandardRow() {
        // standard and difference rows both give 1,000,000 × 1/2 = 500,000, under either cap
        SubsidyDecision decision = CALCULATOR.decide(claim(SubsidyCategory.HOSPITAL).ordered("2022-05-01")
                .started("2022-10-01").cost(1_000_000).build());
        assertThat(decision.candidates()).extracting(SubsidyRule::ruleId)
                .containsExactly("HOSPITAL-STD-1", "HOSPITAL-2022-DIFF-1");
        assertThat(decision.appliedRule()).map(SubsidyRule::ruleId).contains("HOSPITAL-STD-1");
        assertThat(decision.grant()).isEqualTo(500_000);
    }

    @Test
    void equalTopUpsGoToTheOneWithFewerConditions() {
        // ordered 2021-03-01 and running 2022-10-01: 2021 top-up (1 condition) and difference row (3) both 429,000
        SubsidyDecision decision = CALCULATOR.decide(claim().ordered("2021-03-01").started("2022-10-01").build());
        assertThat(decision.candidates()).extracting(SubsidyRule::ruleId)
                .containsExactly("CLINIC-STD", "CLINIC-2021-ORDER", "CLINIC-2022-DIFF");
        assertThat(decision.appliedRule()).map(SubsidyRule::ruleId).contains("CLINIC-2021-ORDER");
    }

    @Test
    void equalRowsGoToTheEarlierRowOfTheTable() {
        SubsidyCalculator calculator = new SubsidyCalculator(table(
                "FIRST,P,2023-04,CLINIC,,,,,,,429000,1,2,214000,C,",
                "SECOND,P,2023-04,CLINIC,,,,,,,429000,1,2,214000,C,"));
        assertThat(calculator.decide(claim().build()).appliedRule()).map(SubsidyRule::ruleId).contains("FIRST");
    }

    @Test
    void aZeroCostIsEligibleForNothing() {
        SubsidyDecision decision = CALCULATOR.decide(claim().cost(0).build());
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.grant()).isZero();
        assertThat(decision.appliedRule()).map(SubsidyRule::ruleId).contains("CLINIC-STD");
    }

    // ==== another table ====

    @Test
    void noMatchingRuleIsTheOnlyRefusal() {
        SubsidyCalculator onlyTopUp = new SubsidyCalculator(table(
                "TOP-UP,P,2023-04,CLINIC,,,2021-03-31,,,,429000,1,1,429000,C,"));
        SubsidyDecision decision = onlyTopUp.decide(claim().started("2030-01-01").build());
        assertThat(decision.eligible()).isFalse();
        assertThat(decision.refusals()).extracting(Refusal::code).containsExactly(Refusal.NO_MATCHING_RULE);
        assertThat(decision.appliedRule()).isEmpty();
        assertThat(decision.deadline()).isEmpty();
        assertThat(decision.costTimesRate()).isZero();
        assertThat(decision.grantCap()).isZero();
    }

    @Test
    void aConditionWithoutADeadlineRowIsRefused() {
        SubsidyCalculator calculator = new SubsidyCalculator(table("R,P,2023-04,CLINIC,,,,,,,429000,3,4,321000,C,"));
        SubsidyDecision decision = calculator.decide(claim().deferral(DeferralCondition.DEFERRAL_2_3).build());
        assertThat(decision.refusals()).extracting(Refusal::code).containsExactly(Refusal.NO_DEADLINE);
    }

    @Test
    void readerCountsAboveTheTablesLargestUseTheLargest() {
        SubsidyCalculator calculator = new SubsidyCalculator(table(
                "ONE,P,2023-04,HOSPITAL,1,,,,,,200000,1,2,100000,C,",
                "TWO,P,2023-04,HOSPITAL,2,,,,,,100000,1,2,50000,C,"));
        assertThat(calculator.decide(claim(SubsidyCategory.HOSPITAL).readers(5).build()).appliedRule())
                .map(SubsidyRule::ruleId).contains("TWO");
    }

    // ==== helpers ====

    private static SubsidyRule rule(String ruleId) {
        return BUNDLED.rules().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    private static List<String> codes(SubsidyClaim claim) {
        return CALCULATOR.decide(claim).refusals().stream().map(Refusal::code).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    /** A table of the given rule lines, with an ORIGINAL deadline (running by 2030-12-31, apply by 2031-12-31). */
    private static SubsidyRuleTable table(String... ruleLines) {
        String rules = String.join(",", SubsidyRuleTable.RULE_COLUMNS) + "\n" + String.join("\n", ruleLines);
        String deadlines = String.join(",", SubsidyRuleTable.DEADLINE_COLUMNS)
                + "\nD,P,ORIGINAL,2030-12-31,2031-12-31,C,";
        return SubsidyRuleTable.read(new StringReader(rules), "rules.csv", new StringReader(deadlines),
                "deadlines.csv");
    }
}
