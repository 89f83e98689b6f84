package org.openoqs.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Japanese public holidays (国民の祝日に関する法律 and the special laws that moved or added days), computed from the
 * rules rather than read from a list, so that every year from {@value #FIRST_YEAR} to {@value #LAST_YEAR} is known
 * without a yearly data update. Deadlines of the preparation timeline count 営業日, and an 営業日 is first of all a
 * day that is not one of these.
 *
 * <p>What is computed:
 * <ul>
 *   <li>国民の祝日 with the years each rule applied: fixed dates, and the Happy Monday moves of 成人の日 and 体育の日
 *       (2000), 海の日 and 敬老の日 (2003); 体育の日 renamed スポーツの日 (2020); 天皇誕生日 4/29 until 1988, 12/23
 *       1989–2018, none in 2019, 2/23 from 2020; 4/29 みどりの日 1989–2006 then 昭和の日, with みどりの日 on 5/4 from
 *       2007; 海の日 from 1996; 山の日 from 2016. [C] (内閣府「国民の祝日について」)</li>
 *   <li>春分の日 and 秋分の日 by the usual approximation formula valid for 1980–2099. [S]: the law only says "春分日"
 *       and "秋分日"; the official dates are announced in the 官報 each February for the following year, so a far
 *       future year can still differ from this formula.</li>
 *   <li>the Olympic moves of 2020 and 2021 (東京オリンピック・パラリンピック特別措置法) and the one-off 休日 of 1989
 *       (大喪の礼), 1990 (即位礼正殿の儀), 1993 (結婚の儀) and 2019 (即位の日, 即位礼正殿の儀). The 2019 days count
 *       as 国民の祝日 for the two rules below, as their law says, which is what makes 4/30 and 5/2 of 2019
 *       holidays. [C]</li>
 *   <li>振替休日 (a 祝日 on a Sunday moves the rest to the next day; since 2007 to the next day that is not a 祝日,
 *       so it passes over a chain of 祝日 such as Golden Week) and 国民の休日 (a day between two 祝日; since 1986).
 *       [C]</li>
 * </ul>
 * Future changes of the law are of course unknown [U]: a year far ahead is what the law in force says today.
 */
public final class JapaneseHolidays {
    public static final int FIRST_YEAR = 1980;
    public static final int LAST_YEAR = 2099;

    public static final String SUBSTITUTE_HOLIDAY = "振替休日";
    public static final String CITIZENS_HOLIDAY = "国民の休日";

    /** One holiday: the day and its Japanese name as the Cabinet Office writes it. */
    public record Holiday(LocalDate date, String name) {
        public Holiday {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(name, "name");
        }
    }

    /** A 国民の祝日 rule: its name, the years it was in force, and its date in a given year. */
    private record Rule(String name, int fromYear, int toYear, IntFunction<LocalDate> dateIn) {
        boolean appliesIn(int year) { return year >= fromYear && year <= toYear; }
    }

    private static final int OPEN_END = 9999;
    private static final int SUBSTITUTE_PASSES_CHAINS_FROM = 2007;
    private static final int CITIZENS_HOLIDAY_FROM = 1986;

    private static final List<Rule> RULES = List.of(
            fixed("元日", 1949, OPEN_END, 1, 1),
            fixed("成人の日", 1949, 1999, 1, 15),
            nthMonday("成人の日", 2000, OPEN_END, 1, 2),
            fixed("建国記念の日", 1967, OPEN_END, 2, 11),
            fixed("天皇誕生日", 2020, OPEN_END, 2, 23),
            new Rule("春分の日", 1949, OPEN_END, JapaneseHolidays::vernalEquinox),
            fixed("天皇誕生日", 1949, 1988, 4, 29),
            fixed("みどりの日", 1989, 2006, 4, 29),
            fixed("昭和の日", 2007, OPEN_END, 4, 29),
            fixed("憲法記念日", 1949, OPEN_END, 5, 3),
            fixed("みどりの日", 2007, OPEN_END, 5, 4),
            fixed("こどもの日", 1949, OPEN_END, 5, 5),
            fixed("海の日", 1996, 2002, 7, 20),
            nthMonday("海の日", 2003, OPEN_END, 7, 3),
            fixed("山の日", 2016, OPEN_END, 8, 11),
            fixed("敬老の日", 1966, 2002, 9, 15),
            nthMonday("敬老の日", 2003, OPEN_END, 9, 3),
            new Rule("秋分の日", 1948, OPEN_END, JapaneseHolidays::autumnalEquinox),
            fixed("体育の日", 1966, 1999, 10, 10),
            nthMonday("体育の日", 2000, 2019, 10, 2),
            nthMonday("スポーツの日", 2020, OPEN_END, 10, 2),
            fixed("文化の日", 1948, OPEN_END, 11, 3),
            fixed("勤労感謝の日", 1948, OPEN_END, 11, 23),
            fixed("天皇誕生日", 1989, 2018, 12, 23));

    /** The Olympic years: these 祝日 were moved by special law, the rest of the year is as usual. [C] */
    private static final Map<Integer, Map<String, MonthDay>> MOVED = Map.of(
            2020, Map.of("海の日", MonthDay.of(7, 23), "スポーツの日", MonthDay.of(7, 24), "山の日", MonthDay.of(8, 10)),
            2021, Map.of("海の日", MonthDay.of(7, 22), "スポーツの日", MonthDay.of(7, 23), "山の日", MonthDay.of(8, 8)));

    /** One-off 休日 by special law; they count as 祝日 for 振替休日 and 国民の休日. [C] */
    private static final List<Holiday> ONE_OFF = List.of(
            new Holiday(LocalDate.of(1989, 2, 24), "昭和天皇の大喪の礼"),
            new Holiday(LocalDate.of(1990, 11, 12), "即位礼正殿の儀"),
            new Holiday(LocalDate.of(1993, 6, 9), "皇太子徳仁親王の結婚の儀"),
            new Holiday(LocalDate.of(2019, 5, 1), "天皇の即位の日"),
            new Holiday(LocalDate.of(2019, 10, 22), "即位礼正殿の儀の行われる日"));

    private static final Map<Integer, NavigableMap<LocalDate, String>> CACHE = new ConcurrentHashMap<>();

    private JapaneseHolidays() {}

    public static boolean isHoliday(LocalDate date) {
        return holidaysOf(date).containsKey(date);
    }

    /** The holiday's Japanese name, e.g. 元日, 振替休日, 国民の休日; empty on an ordinary day (Sundays included). */
    public static Optional<String> nameOf(LocalDate date) {
        return Optional.ofNullable(holidaysOf(date).get(date));
    }

    /** Every holiday of the year, in date order. */
    public static List<Holiday> inYear(int year) {
        List<Holiday> holidays = new ArrayList<>();
        holidaysOf(year).forEach((date, name) -> holidays.add(new Holiday(date, name)));
        return List.copyOf(holidays);
    }

    private static NavigableMap<LocalDate, String> holidaysOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return holidaysOf(date.getYear());
    }

    private static NavigableMap<LocalDate, String> holidaysOf(int year) {
        requireSupported(year);
        return CACHE.computeIfAbsent(year, JapaneseHolidays::compute);
    }

    private static void requireSupported(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("Japanese holidays are computed for the years " + FIRST_YEAR + "–"
                    + LAST_YEAR + " only, not " + year);
        }
    }

    private static NavigableMap<LocalDate, String> compute(int year) {
        NavigableMap<LocalDate, String> nationalHolidays = nationalHolidays(year);
        NavigableMap<LocalDate, String> all = new TreeMap<>(nationalHolidays);
        addSubstituteHolidays(year, nationalHolidays, all);
        addCitizensHolidays(year, nationalHolidays, all);
        return Collections.unmodifiableNavigableMap(all);
    }

    /** 国民の祝日 proper, with the special-law days that count as such. */
    private static NavigableMap<LocalDate, String> nationalHolidays(int year) {
        NavigableMap<LocalDate, String> holidays = new TreeMap<>();
        Map<String, MonthDay> moved = MOVED.getOrDefault(year, Map.of());
        for (Rule rule : RULES) {
            if (!rule.appliesIn(year)) continue;
            MonthDay movedTo = moved.get(rule.name());
            holidays.put(movedTo == null ? rule.dateIn().apply(year) : movedTo.atYear(year), rule.name());
        }
        ONE_OFF.stream().filter(h -> h.date().getYear() == year).forEach(h -> holidays.put(h.date(), h.name()));
        return holidays;
    }

    /**
     * 振替休日 (law art. 3 para. 2): a 祝日 on a Sunday gives the next day off; since 2007 the next day that is not a
     * 祝日, so 5/3 on a Sunday gives 5/6. Before 2007 only the very next day, and only when it was not a 祝日 itself.
     */
    private static void addSubstituteHolidays(int year, NavigableMap<LocalDate, String> nationalHolidays,
                                              NavigableMap<LocalDate, String> all) {
        for (LocalDate holiday : nationalHolidays.keySet()) {
            if (holiday.getDayOfWeek() != DayOfWeek.SUNDAY) continue;
            LocalDate next = holiday.plusDays(1);
            if (year >= SUBSTITUTE_PASSES_CHAINS_FROM) {
                while (nationalHolidays.containsKey(next)) next = next.plusDays(1);
            }
            if (!nationalHolidays.containsKey(next)) all.put(next, SUBSTITUTE_HOLIDAY);
        }
    }

    /**
     * 国民の休日 (law art. 3 para. 3, since 1985-12-27): a day whose day before and day after are both 祝日. Before
     * 2007 the rule excluded Sundays and 振替休日; since 2007 only days that are 祝日 themselves (a 振替休日 keeps
     * its own name here either way).
     */
    private static void addCitizensHolidays(int year, NavigableMap<LocalDate, String> nationalHolidays,
                                            NavigableMap<LocalDate, String> all) {
        if (year < CITIZENS_HOLIDAY_FROM) return;
        for (LocalDate holiday : nationalHolidays.keySet()) {
            LocalDate between = holiday.plusDays(1);
            boolean sandwiched = nationalHolidays.containsKey(between.plusDays(1)) && !all.containsKey(between);
            boolean sundayExcluded = year < SUBSTITUTE_PASSES_CHAINS_FROM && between.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (sandwiched && !sundayExcluded) all.put(between, CITIZENS_HOLIDAY);
        }
    }

    /**
     * 春分日 by the approximation floor(20.8431 + 0.242194 (y − 1980) − floor((y − 1980) / 4)), valid 1980–2099. [S]
     * Computed in millionths so that no floating-point rounding can move a day.
     */
    static LocalDate vernalEquinox(int year) {
        return LocalDate.of(year, 3, equinoxDay(20_843_100L, year));
    }

    /** 秋分日 by the same formula with 23.2488. [S] */
    static LocalDate autumnalEquinox(int year) {
        return LocalDate.of(year, 9, equinoxDay(23_248_800L, year));
    }

    private static int equinoxDay(long baseMillionths, int year) {
        int yearsSince1980 = year - 1980;
        long dayMillionths = baseMillionths + 242_194L * yearsSince1980;
        return (int) (Math.floorDiv(dayMillionths, 1_000_000L) - Math.floorDiv(yearsSince1980, 4));
    }

    private static Rule fixed(String name, int fromYear, int toYear, int month, int day) {
        return new Rule(name, fromYear, toYear, year -> LocalDate.of(year, month, day));
    }

    private static Rule nthMonday(String name, int fromYear, int toYear, int month, int nth) {
        return new Rule(name, fromYear, toYear, year -> LocalDate.of(year, month, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(nth, DayOfWeek.MONDAY)));
    }
}
