package org.openoqs.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class InsuranceCalendarTest {
    @Test
    void preschoolEndsOnTheFirstMarch31AfterReachingSix() {
        LocalDate born = LocalDate.of(2019, 6, 10);
        assertThat(InsuranceCalendar.isPreschool(born, LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(InsuranceCalendar.isPreschool(born, LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void aChildBornOnFirstAprilStartsSchoolAYearEarlier() {
        LocalDate born = LocalDate.of(2020, 4, 1);
        assertThat(InsuranceCalendar.isPreschool(born, LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(InsuranceCalendar.isPreschool(LocalDate.of(2020, 4, 2), LocalDate.of(2026, 4, 1))).isTrue();
    }

    @Test
    void elderlyRecipientStartsTheMonthAfterSeventyOrOnABirthdayOnTheFirst() {
        assertThat(InsuranceCalendar.elderlyRecipientStart(LocalDate.of(1955, 6, 15)))
                .isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(InsuranceCalendar.elderlyRecipientStart(LocalDate.of(1955, 6, 1)))
                .isEqualTo(LocalDate.of(2025, 6, 1));
    }

    @Test
    void kokiKoreiStartsOnThe75thBirthdayButNotBefore2008() {
        assertThat(InsuranceCalendar.kokiKoreiStart(LocalDate.of(1950, 9, 3))).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(InsuranceCalendar.kokiKoreiStart(LocalDate.of(1920, 1, 1))).isEqualTo(LocalDate.of(2008, 4, 1));
    }

    @Test
    void anniversariesAroundADate() {
        MonthDay july31 = MonthDay.of(7, 31);
        assertThat(InsuranceCalendar.onOrAfter(LocalDate.of(2025, 9, 1), july31)).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(InsuranceCalendar.onOrAfter(LocalDate.of(2026, 7, 31), july31)).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(InsuranceCalendar.onOrBefore(LocalDate.of(2026, 4, 1), MonthDay.of(8, 1)))
                .isEqualTo(LocalDate.of(2025, 8, 1));
    }

    @Test
    void ageCountsCompletedYears() {
        assertThat(InsuranceCalendar.age(LocalDate.of(1951, 4, 2), LocalDate.of(2026, 4, 1))).isEqualTo(74);
        assertThat(InsuranceCalendar.age(LocalDate.of(1951, 4, 1), LocalDate.of(2026, 4, 1))).isEqualTo(75);
    }
}
