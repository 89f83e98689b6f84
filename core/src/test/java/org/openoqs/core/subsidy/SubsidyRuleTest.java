package org.openoqs.core.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openoqs.core.subsidy.ClaimBuilder.claim;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.institution.InstitutionType;

class SubsidyRuleTest {
    private static final YearMonth VERSION = YearMonth.of(2022, 8);

    @Test
    void grantIsTheLesserOfCostTimesRateAndTheCap() {
        SubsidyRule clinic = rule(SubsidyCategory.CLINIC, null, null, null, 429_000, new Rate(3, 4), 321_000);
        // 400,000 × 3/4 = 300,000 < 321,000
        assertThat(clinic.grantFor(400_000)).isEqualTo(300_000);
        // 429,000 × 3/4 = 321,750 → cap 321,000
        assertThat(clinic.costTimesRate(429_000)).isEqualTo(321_750);
        assertThat(clinic.grantFor(429_000)).isEqualTo(321_000);
    }

    @Test
    void matchesCategoryAndReaderCount() {
        SubsidyRule hospitalTwo = rule(SubsidyCategory.HOSPITAL, 2, null, null, 2_002_000, new Rate(1, 2), 1_001_000);
        SubsidyClaim hospital = claim().type(InstitutionType.HOSPITAL).readers(2).build();
        assertThat(hospitalTwo.matches(hospital)).isTrue();
        assertThat(hospitalTwo.matches(hospital, 3)).isFalse();
        assertThat(hospitalTwo.matches(claim().readers(2).build())).isFalse();
    }

    @Test
    void anOrderWindowNeedsAnOrderDateWithinIt() {
        SubsidyRule topUp = rule(SubsidyCategory.CLINIC, null, date("2022-06-07"), date("2022-12-31"), 429_000,
                new Rate(1, 1), 429_000);
        assertThat(topUp.matches(claim().ordered("2022-06-07").build())).isTrue();
        assertThat(topUp.matches(claim().ordered("2022-12-31").build())).isTrue();
        assertThat(topUp.matches(claim().ordered("2022-06-06").build())).isFalse();
        assertThat(topUp.matches(claim().ordered("2023-01-01").build())).isFalse();
        assertThat(topUp.matches(claim().build())).isFalse();
    }

    @Test
    void vendorContractAndStartWindowsAreInclusive() {
        SubsidyRule rule = new SubsidyRule("R", "P", VERSION, SubsidyCategory.CLINIC, null, null, null,
                date("2023-02-28"), date("2022-06-07"), date("2023-01-31"), 429_000, new Rate(1, 1), 429_000,
                Confidence.C, "");
        ClaimBuilder inTime = claim().contracted("2023-02-28").started("2022-06-07");
        assertThat(rule.matches(inTime.build())).isTrue();
        assertThat(rule.matches(inTime.started("2023-01-31").build())).isTrue();
        assertThat(rule.matches(inTime.started("2023-02-01").build())).isFalse();
        assertThat(rule.matches(claim().contracted("2023-03-01").started("2022-07-01").build())).isFalse();
        assertThat(rule.matches(claim().started("2022-07-01").build())).isFalse();
    }

    @Test
    void countsItsConditions() {
        assertThat(rule(SubsidyCategory.CLINIC, null, null, null, 429_000, new Rate(3, 4), 321_000).conditionCount())
                .isZero();
        assertThat(rule(SubsidyCategory.HOSPITAL, 1, date("2022-06-07"), date("2022-12-31"), 4_202_000,
                new Rate(1, 2), 2_101_000).conditionCount()).isEqualTo(3);
    }

    @Test
    void readerCountOnlyForHospitals() {
        assertField(() -> rule(SubsidyCategory.CLINIC, 1, null, null, 429_000, new Rate(3, 4), 321_000),
                "ReaderCount");
        assertField(() -> rule(SubsidyCategory.HOSPITAL, 0, null, null, 2_101_000, new Rate(1, 2), 1_050_000),
                "ReaderCount");
    }

    @Test
    void windowsMayNotEndBeforeTheyStart() {
        assertField(() -> rule(SubsidyCategory.CLINIC, null, date("2022-12-31"), date("2022-06-07"), 429_000,
                new Rate(1, 1), 429_000), "OrderedTo");
        assertField(() -> new SubsidyRule("R", "P", VERSION, SubsidyCategory.CLINIC, null, null, null, null,
                date("2023-01-31"), date("2022-06-07"), 429_000, new Rate(1, 1), 429_000, Confidence.C, ""),
                "StartTo");
    }

    @Test
    void grantCapMayNotExceedTheCostCapTimesTheRate() {
        // 429,000 × 3/4 = 321,750: a cap of 321,751 could never be reached by a capped cost
        assertField(() -> rule(SubsidyCategory.CLINIC, null, null, null, 429_000, new Rate(3, 4), 321_751),
                "GrantCap");
        assertField(() -> rule(SubsidyCategory.CLINIC, null, null, null, -1, new Rate(3, 4), 0), "CostCap");
    }

    @Test
    void requiresIdentityFields() {
        assertField(() -> new SubsidyRule(" ", "P", VERSION, SubsidyCategory.CLINIC, null, null, null, null, null,
                null, 429_000, new Rate(3, 4), 321_000, Confidence.C, ""), "RuleId");
        assertField(() -> new SubsidyRule("R", "P", null, SubsidyCategory.CLINIC, null, null, null, null, null,
                null, 429_000, new Rate(3, 4), 321_000, Confidence.C, ""), "Version");
    }

    private static SubsidyRule rule(SubsidyCategory category, Integer readers, LocalDate orderedFrom,
            LocalDate orderedTo, long costCap, Rate rate, long grantCap) {
        return new SubsidyRule("R", "P", VERSION, category, readers, orderedFrom, orderedTo, null, null, null,
                costCap, rate, grantCap, Confidence.C, null);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static void assertField(Runnable build, String field) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
