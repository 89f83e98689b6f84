package org.openoqs.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Weekdays used below (checked with {@code date -d}): 2026-12-24 Thu, 12-25 Fri, 12-28 Mon, 12-29 Tue,
 * 2027-01-01 Fri, 01-04 Mon, 01-06 Wed; Golden Week 2026: 4-29 Wed 昭和の日, 4-30 Thu, 5-1 Fri, 5-2 Sat,
 * 5-3 Sun 憲法記念日, 5-4 Mon, 5-5 Tue, 5-6 Wed 振替休日, 5-7 Thu, 5-8 Fri.
 */
class BusinessCalendarTest {
    private final BusinessCalendar government = BusinessCalendar.government();
    private final BusinessCalendar weekdays = BusinessCalendar.weekdaysAndHolidaysOnly();

    @Test
    void governmentClosesFromTheTwentyNinthToTheThird() {
        assertThat(government.isBusinessDay(day("2026-12-28"))).isTrue();
        assertThat(government.isBusinessDay(day("2026-12-29"))).isFalse();
        assertThat(government.isBusinessDay(day("2026-12-31"))).isFalse();
        assertThat(government.isBusinessDay(day("2027-01-01"))).isFalse();
        assertThat(government.isBusinessDay(day("2027-01-04"))).isTrue();
        // 2029-01-03 is a Wednesday: closed only by the year-end rule.
        assertThat(government.isBusinessDay(day("2029-01-03"))).isFalse();
        assertThat(weekdays.isBusinessDay(day("2029-01-03"))).isTrue();
    }

    @Test
    void weekendsAndHolidaysAreClosedInBothCalendars() {
        assertThat(government.isBusinessDay(day("2026-12-26"))).isFalse(); // Saturday
        assertThat(weekdays.isBusinessDay(day("2026-12-27"))).isFalse(); // Sunday
        assertThat(weekdays.isBusinessDay(day("2027-01-01"))).isFalse(); // 元日
        assertThat(weekdays.isBusinessDay(day("2026-05-06"))).isFalse(); // 振替休日
        assertThat(weekdays.isBusinessDay(day("2026-12-29"))).isTrue();
    }

    @Test
    void fiveBusinessDaysBeforeEarlyJanuaryLandInDecember() {
        // government: 1/5 (1), 1/4 (2), [1/3–12/29 closed], 12/28 (3), [12/27 Sun, 12/26 Sat], 12/25 (4), 12/24 (5)
        assertThat(government.minusBusinessDays(day("2027-01-06"), 5)).isEqualTo(day("2026-12-24"));
        // no closure: 1/5 (1), 1/4 (2), [1/3 Sun, 1/2 Sat, 1/1 元日], 12/31 (3), 12/30 (4), 12/29 (5)
        assertThat(weekdays.minusBusinessDays(day("2027-01-06"), 5)).isEqualTo(day("2026-12-29"));
    }

    @Test
    void countsForwardAcrossTheYearEnd() {
        // 12/28 Mon + 1: 12/29–1/3 closed → 1/4
        assertThat(government.plusBusinessDays(day("2026-12-28"), 1)).isEqualTo(day("2027-01-04"));
        assertThat(weekdays.plusBusinessDays(day("2026-12-28"), 1)).isEqualTo(day("2026-12-29"));
    }

    @Test
    void skipsGoldenWeek() {
        // 4/30 + 2: 5/1 (1), [5/2–5/6], 5/7 (2)
        assertThat(government.plusBusinessDays(day("2026-04-30"), 2)).isEqualTo(day("2026-05-07"));
        // 5/7 − 1 = 5/1; − 2 = 4/30; − 3 skips 4/29 昭和の日 → 4/28
        assertThat(government.minusBusinessDays(day("2026-05-07"), 1)).isEqualTo(day("2026-05-01"));
        assertThat(government.minusBusinessDays(day("2026-05-07"), 2)).isEqualTo(day("2026-04-30"));
        assertThat(government.minusBusinessDays(day("2026-05-07"), 3)).isEqualTo(day("2026-04-28"));
    }

    @Test
    void fromItselfIsNeverCountedEvenOnAHoliday() {
        // from 5/5 (holiday): 1 back is 5/1
        assertThat(government.minusBusinessDays(day("2026-05-05"), 1)).isEqualTo(day("2026-05-01"));
        assertThat(government.minusBusinessDays(day("2027-01-01"), 0)).isEqualTo(day("2027-01-01"));
        assertThat(government.plusBusinessDays(day("2027-01-01"), 0)).isEqualTo(day("2027-01-01"));
    }

    @Test
    void refusesNegativeCounts() {
        assertThatThrownBy(() -> government.minusBusinessDays(day("2026-05-07"), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> government.plusBusinessDays(day("2026-05-07"), -3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void previousOrSameAndNextOrSame() {
        assertThat(government.previousOrSameBusinessDay(day("2026-12-28"))).isEqualTo(day("2026-12-28"));
        assertThat(government.previousOrSameBusinessDay(day("2027-01-03"))).isEqualTo(day("2026-12-28"));
        assertThat(weekdays.previousOrSameBusinessDay(day("2027-01-03"))).isEqualTo(day("2026-12-31"));
        assertThat(government.nextOrSameBusinessDay(day("2026-12-29"))).isEqualTo(day("2027-01-04"));
        assertThat(weekdays.nextOrSameBusinessDay(day("2026-12-29"))).isEqualTo(day("2026-12-29"));
        assertThat(government.nextOrSameBusinessDay(day("2026-05-02"))).isEqualTo(day("2026-05-07"));
    }

    @Test
    void businessDaysBetweenExcludesTheStartAndIncludesTheEnd() {
        // (4/28, 5/8]: 4/30, 5/1, 5/7, 5/8 → 4
        assertThat(government.businessDaysBetween(day("2026-04-28"), day("2026-05-08"))).isEqualTo(4);
        assertThat(government.businessDaysBetween(day("2026-05-08"), day("2026-04-28"))).isEqualTo(-4);
        assertThat(government.businessDaysBetween(day("2026-05-08"), day("2026-05-08"))).isZero();
        // (12/25, 1/5]: government 12/28, 1/4, 1/5 → 3; no closure adds 12/29, 12/30, 12/31 → 6
        assertThat(government.businessDaysBetween(day("2026-12-25"), day("2027-01-05"))).isEqualTo(3);
        assertThat(weekdays.businessDaysBetween(day("2026-12-25"), day("2027-01-05"))).isEqualTo(6);
    }

    @Test
    void betweenUndoesPlus() {
        LocalDate start = day("2026-12-20");
        for (int n = 0; n <= 30; n++) {
            assertThat(government.businessDaysBetween(start, government.plusBusinessDays(start, n))).isEqualTo(n);
        }
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
