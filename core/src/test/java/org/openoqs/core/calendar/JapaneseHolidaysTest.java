package org.openoqs.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected lists are the Cabinet Office's (内閣府「国民の祝日について」), written out by hand; the CSV there writes
 * "休日" for both 振替休日 and 国民の休日, here they keep their own names. Weekdays in the comments were checked
 * with {@code date -d}.
 */
class JapaneseHolidaysTest {

    @Test
    void year2019WithTheEnthronementDays() {
        // 4/30 and 5/2 are 国民の休日 because 5/1 counts as a 祝日; 5/5, 8/11 and 11/3 are Sundays.
        assertThat(listed(2019)).containsExactly(
                "2019-01-01 元日", "2019-01-14 成人の日", "2019-02-11 建国記念の日", "2019-03-21 春分の日",
                "2019-04-29 昭和の日", "2019-04-30 国民の休日", "2019-05-01 天皇の即位の日", "2019-05-02 国民の休日",
                "2019-05-03 憲法記念日", "2019-05-04 みどりの日", "2019-05-05 こどもの日", "2019-05-06 振替休日",
                "2019-07-15 海の日", "2019-08-11 山の日", "2019-08-12 振替休日", "2019-09-16 敬老の日",
                "2019-09-23 秋分の日", "2019-10-14 体育の日", "2019-10-22 即位礼正殿の儀の行われる日",
                "2019-11-03 文化の日", "2019-11-04 振替休日", "2019-11-23 勤労感謝の日");
    }

    @Test
    void year2020WithTheOlympicMoves() {
        // 2/23 and 5/3 are Sundays; 5/3 → 5/6 passes over 5/4 and 5/5. No スポーツの日 in October.
        assertThat(listed(2020)).containsExactly(
                "2020-01-01 元日", "2020-01-13 成人の日", "2020-02-11 建国記念の日", "2020-02-23 天皇誕生日",
                "2020-02-24 振替休日", "2020-03-20 春分の日", "2020-04-29 昭和の日", "2020-05-03 憲法記念日",
                "2020-05-04 みどりの日", "2020-05-05 こどもの日", "2020-05-06 振替休日", "2020-07-23 海の日",
                "2020-07-24 スポーツの日", "2020-08-10 山の日", "2020-09-21 敬老の日", "2020-09-22 秋分の日",
                "2020-11-03 文化の日", "2020-11-23 勤労感謝の日");
    }

    @Test
    void year2021WithTheOlympicMovesAgain() {
        // 山の日 8/8 is a Sunday → 8/9; 春分 3/20 is a Saturday (no 振替). 10/11 is an ordinary Monday.
        assertThat(listed(2021)).containsExactly(
                "2021-01-01 元日", "2021-01-11 成人の日", "2021-02-11 建国記念の日", "2021-02-23 天皇誕生日",
                "2021-03-20 春分の日", "2021-04-29 昭和の日", "2021-05-03 憲法記念日", "2021-05-04 みどりの日",
                "2021-05-05 こどもの日", "2021-07-22 海の日", "2021-07-23 スポーツの日", "2021-08-08 山の日",
                "2021-08-09 振替休日", "2021-09-20 敬老の日", "2021-09-23 秋分の日", "2021-11-03 文化の日",
                "2021-11-23 勤労感謝の日");
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2021, 10, 11))).isFalse();
    }

    @Test
    void year2023() {
        // 1/1 is a Sunday → 1/2.
        assertThat(listed(2023)).containsExactly(
                "2023-01-01 元日", "2023-01-02 振替休日", "2023-01-09 成人の日", "2023-02-11 建国記念の日",
                "2023-02-23 天皇誕生日", "2023-03-21 春分の日", "2023-04-29 昭和の日", "2023-05-03 憲法記念日",
                "2023-05-04 みどりの日", "2023-05-05 こどもの日", "2023-07-17 海の日", "2023-08-11 山の日",
                "2023-09-18 敬老の日", "2023-09-23 秋分の日", "2023-10-09 スポーツの日", "2023-11-03 文化の日",
                "2023-11-23 勤労感謝の日");
    }

    @Test
    void year2024() {
        // Sundays: 2/11, 5/5, 8/11, 9/22, 11/3 — five 振替休日.
        assertThat(listed(2024)).containsExactly(
                "2024-01-01 元日", "2024-01-08 成人の日", "2024-02-11 建国記念の日", "2024-02-12 振替休日",
                "2024-02-23 天皇誕生日", "2024-03-20 春分の日", "2024-04-29 昭和の日", "2024-05-03 憲法記念日",
                "2024-05-04 みどりの日", "2024-05-05 こどもの日", "2024-05-06 振替休日", "2024-07-15 海の日",
                "2024-08-11 山の日", "2024-08-12 振替休日", "2024-09-16 敬老の日", "2024-09-22 秋分の日",
                "2024-09-23 振替休日", "2024-10-14 スポーツの日", "2024-11-03 文化の日", "2024-11-04 振替休日",
                "2024-11-23 勤労感謝の日");
    }

    @Test
    void year2025() {
        // 2/23, 5/4 and 11/23 are Sundays; 5/4 → 5/6 because 5/5 is itself a 祝日.
        assertThat(listed(2025)).containsExactly(
                "2025-01-01 元日", "2025-01-13 成人の日", "2025-02-11 建国記念の日", "2025-02-23 天皇誕生日",
                "2025-02-24 振替休日", "2025-03-20 春分の日", "2025-04-29 昭和の日", "2025-05-03 憲法記念日",
                "2025-05-04 みどりの日", "2025-05-05 こどもの日", "2025-05-06 振替休日", "2025-07-21 海の日",
                "2025-08-11 山の日", "2025-09-15 敬老の日", "2025-09-23 秋分の日", "2025-10-13 スポーツの日",
                "2025-11-03 文化の日", "2025-11-23 勤労感謝の日", "2025-11-24 振替休日");
    }

    @Test
    void year2026WithASilverWeek() {
        // 5/3 is a Sunday → 5/6; 9/21 敬老 (Mon) and 9/23 秋分 (Wed) sandwich 9/22.
        assertThat(listed(2026)).containsExactly(
                "2026-01-01 元日", "2026-01-12 成人の日", "2026-02-11 建国記念の日", "2026-02-23 天皇誕生日",
                "2026-03-20 春分の日", "2026-04-29 昭和の日", "2026-05-03 憲法記念日", "2026-05-04 みどりの日",
                "2026-05-05 こどもの日", "2026-05-06 振替休日", "2026-07-20 海の日", "2026-08-11 山の日",
                "2026-09-21 敬老の日", "2026-09-22 国民の休日", "2026-09-23 秋分の日", "2026-10-12 スポーツの日",
                "2026-11-03 文化の日", "2026-11-23 勤労感謝の日");
    }

    @Test
    void year1989WithTheFuneralAndTheFirstMidoriNoHi() {
        // 1/1 and 1/15 are Sundays (old rule: only the next day); 5/4 (Thu) sits between 5/3 and 5/5.
        assertThat(listed(1989)).containsExactly(
                "1989-01-01 元日", "1989-01-02 振替休日", "1989-01-15 成人の日", "1989-01-16 振替休日",
                "1989-02-11 建国記念の日", "1989-02-24 昭和天皇の大喪の礼", "1989-03-21 春分の日",
                "1989-04-29 みどりの日", "1989-05-03 憲法記念日", "1989-05-04 国民の休日", "1989-05-05 こどもの日",
                "1989-09-15 敬老の日", "1989-09-23 秋分の日", "1989-10-10 体育の日", "1989-11-03 文化の日",
                "1989-11-23 勤労感謝の日", "1989-12-23 天皇誕生日");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // 天皇誕生日 across the reigns
            "1988-04-29, 天皇誕生日", "2018-12-23, 天皇誕生日", "2020-02-23, 天皇誕生日",
            // 2018-12-23 is a Sunday
            "2018-12-24, 振替休日",
            // 4/29 renamed in 2007; 5/4 becomes みどりの日
            "2006-04-29, みどりの日", "2007-04-29, 昭和の日", "2007-04-30, 振替休日", "2007-05-04, みどりの日",
            // Happy Monday starts: 成人 and 体育 2000, 海 and 敬老 2003
            "1999-01-15, 成人の日", "2000-01-10, 成人の日", "1999-10-10, 体育の日", "1999-10-11, 振替休日",
            "2000-10-09, 体育の日", "1996-07-20, 海の日", "2002-09-15, 敬老の日", "2002-09-16, 振替休日",
            "2003-07-21, 海の日", "2003-09-15, 敬老の日", "2016-08-11, 山の日", "2019-10-14, 体育の日",
            "2020-07-24, スポーツの日", "2022-10-10, スポーツの日",
            // the other one-off days
            "1990-11-12, 即位礼正殿の儀", "1993-06-09, 皇太子徳仁親王の結婚の儀",
            // the range ends: 1980 and 2099 equinoxes by the formula (3/20, 9/23 both years)
            "1980-03-20, 春分の日", "1980-09-23, 秋分の日", "2099-03-20, 春分の日", "2099-09-23, 秋分の日"})
    void historicRules(LocalDate date, String name) {
        assertThat(JapaneseHolidays.nameOf(date)).contains(name);
        assertThat(JapaneseHolidays.isHoliday(date)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2019-12-23", // no 天皇誕生日 in 2019
            "1995-07-20", // before 海の日
            "2015-08-11", // before 山の日
            "1999-12-24", // 12/23 was a Thursday
            "2003-05-06", // 5/4 Sunday was no 祝日 before 2007, so nothing moves to 5/6
            "1986-05-04", // a Sunday between 5/3 and 5/5: excluded from 国民の休日 before 2007
            "2020-10-12", "2021-10-11", "2020-08-11", "2021-08-11", "2020-07-20", "2021-07-19"})
    void ordinaryDays(LocalDate date) {
        assertThat(JapaneseHolidays.isHoliday(date)).isFalse();
        assertThat(JapaneseHolidays.nameOf(date)).isEmpty();
    }

    @Test
    void sundaysAreNotHolidaysByThemselves() {
        // 2026-01-04 is a Sunday.
        assertThat(JapaneseHolidays.isHoliday(LocalDate.of(2026, 1, 4))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // Old rule (before 2007): only the next day. 1987-05-03 Sun → 5/4 Mon is 振替, not 国民の休日.
            "1987-05-04, 振替休日",
            // 1988-05-04 is a Wednesday between two 祝日
            "1988-05-04, 国民の休日",
            // New rule: 2008-05-04 Sun みどりの日, 5/5 Mon こどもの日 → 5/6 Tue.
            "2008-05-06, 振替休日",
            // 2009 and 2015: 5/3 Sun → past 5/4 and 5/5 → 5/6 Wed.
            "2009-05-06, 振替休日", "2015-05-06, 振替休日"})
    void goldenWeekChains(LocalDate date, String name) {
        assertThat(JapaneseHolidays.nameOf(date)).contains(name);
    }

    @ParameterizedTest
    @CsvSource({
            // 敬老 Monday, 国民の休日 Tuesday, 秋分 Wednesday
            "2009-09-21, 2009-09-22, 2009-09-23",
            "2015-09-21, 2015-09-22, 2015-09-23",
            "2026-09-21, 2026-09-22, 2026-09-23",
            // 2032: 敬老 9/20 (3rd Monday), 秋分 floor(23.2488 + 0.242194·52 − 13) = floor(22.84) = 9/22
            "2032-09-20, 2032-09-21, 2032-09-22"})
    void silverWeeks(LocalDate respectForTheAged, LocalDate between, LocalDate equinox) {
        assertThat(JapaneseHolidays.nameOf(respectForTheAged)).contains("敬老の日");
        assertThat(JapaneseHolidays.nameOf(between)).contains("国民の休日");
        assertThat(JapaneseHolidays.nameOf(equinox)).contains("秋分の日");
    }

    @ParameterizedTest
    @ValueSource(ints = {1979, 2100, 1, -5})
    void refusesYearsOutsideTheFormulasRange(int year) {
        assertThatThrownBy(() -> JapaneseHolidays.inYear(year)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1980–2099");
        assertThatThrownBy(() -> JapaneseHolidays.isHoliday(LocalDate.of(Math.max(year, 1), 6, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everySupportedYearIsSortedAndHasTheFixedCore() {
        for (int y = JapaneseHolidays.FIRST_YEAR; y <= JapaneseHolidays.LAST_YEAR; y++) {
            int year = y;
            List<LocalDate> dates = JapaneseHolidays.inYear(year).stream().map(JapaneseHolidays.Holiday::date).toList();
            assertThat(dates).isSorted().doesNotHaveDuplicates().allMatch(d -> d.getYear() == year)
                    .contains(LocalDate.of(year, 1, 1), LocalDate.of(year, 5, 3), LocalDate.of(year, 11, 3));
            // 1980 had 12 祝日 and a few 振替休日; 2019 is the record with 22.
            assertThat(dates.size()).isBetween(12, 22);
        }
    }

    private static List<String> listed(int year) {
        return JapaneseHolidays.inYear(year).stream().map(h -> h.date() + " " + h.name()).toList();
    }
}
