package org.openoqs.core.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoLiveDateRuleTest {
    private final GoLiveDateRule rule = new GoLiveDateRule();

    @ParameterizedTest(name = "on {0} the latest is {1}")
    @CsvSource({
            "2026-01-31, 2026-02-28", // February of a common year
            "2026-01-01, 2026-02-28",
            "2026-12-15, 2027-01-31", // across the year end
            "2028-01-10, 2028-02-29", // leap year
            "2026-02-28, 2026-03-31",
            "2026-07-31, 2026-08-31"})
    void latestAllowedIsTheEndOfTheNextMonth(LocalDate today, LocalDate latest) {
        assertThat(GoLiveDateRule.latestAllowed(today)).isEqualTo(latest);
    }

    @Test
    void theEndOfTheNextMonthItselfIsAccepted() {
        assertThat(rule.problems(day("2026-02-28"), day("2026-01-31"))).isEmpty();
        assertThat(rule.problems(day("2028-02-29"), day("2028-01-10"))).isEmpty();
    }

    @Test
    void theDayAfterIsRefused() {
        List<String> problems = rule.problems(day("2026-03-01"), day("2026-01-31"));
        assertThat(problems).singleElement().asString().contains("最大翌月末").contains("2026年2月28日");
        assertThat(rule.problems(day("2027-02-01"), day("2026-12-15"))).hasSize(1);
    }

    @Test
    void pastStartsAreAcceptedBackToThePreOperationStart() {
        // an institution enters the day it did start
        assertThat(rule.problems(day("2023-04-03"), day("2026-01-31"))).isEmpty();
        assertThat(rule.problems(day("2021-03-04"), day("2021-03-01"))).isEmpty();
        assertThat(rule.problems(day("2021-03-03"), day("2021-03-01"))).singleElement().asString()
                .contains("2021年3月4日以降");
    }

    @Test
    void bothProblemsAtOnce() {
        // on 2020-12-01 the latest is 2021-01-31; 2021-02-10 is after it and before 2021-03-04
        assertThat(rule.problems(day("2021-02-10"), day("2020-12-01"))).hasSize(2);
    }

    @Test
    void aMissingDateIsAProblemToo() {
        assertThat(rule.problems(null, day("2026-01-31"))).containsExactly("運用開始日を入力してください");
    }

    @Test
    void theEarliestDayCanBeSet() {
        GoLiveDateRule fromOctober = new GoLiveDateRule(day("2021-10-20"));
        assertThat(fromOctober.earliestAllowed()).isEqualTo(day("2021-10-20"));
        assertThat(fromOctober.problems(day("2021-10-19"), day("2021-10-01"))).hasSize(1);
        assertThat(new GoLiveDateRule().earliestAllowed()).isEqualTo(GoLiveDateRule.PRE_OPERATION_START);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
