package org.openoqs.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * Business days (営業日) for counting the lead times of the preparation timeline. The 準備作業の手引き counts
 * 利用申請 and 電子証明書発行申請 in 営業日 of the 支払基金 and the portal; we take those to be the days the
 * administrative offices are open, i.e. not a 行政機関の休日 (行政機関の休日に関する法律 art. 1): Saturdays,
 * Sundays, national holidays ({@link JapaneseHolidays}) and the year-end closure 12/29–1/3. [S]: the 手引き does
 * not define 営業日; the 支払基金's own calendar is assumed to follow that law, as public offices do.
 *
 * <p>{@link #weekdaysAndHolidaysOnly()} drops the year-end closure, for a counterpart (such as a vendor) that works
 * through the New Year days except holidays.
 */
public final class BusinessCalendar {
    private static final MonthDay CLOSURE_START = MonthDay.of(12, 29);
    private static final MonthDay CLOSURE_END = MonthDay.of(1, 3);

    private static final BusinessCalendar GOVERNMENT = new BusinessCalendar(true);
    private static final BusinessCalendar WEEKDAYS_AND_HOLIDAYS_ONLY = new BusinessCalendar(false);

    private final boolean yearEndClosure;

    private BusinessCalendar(boolean yearEndClosure) {
        this.yearEndClosure = yearEndClosure;
    }

    /** 行政機関の休日: weekends, national holidays and 12/29–1/3. */
    public static BusinessCalendar government() {
        return GOVERNMENT;
    }

    /** Weekends and national holidays only, no year-end closure. */
    public static BusinessCalendar weekdaysAndHolidaysOnly() {
        return WEEKDAYS_AND_HOLIDAYS_ONLY;
    }

    public boolean isBusinessDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !isWeekend(date) && !JapaneseHolidays.isHoliday(date) && !(yearEndClosure && inYearEndClosure(date));
    }

    /**
     * The business day that lies {@code n} business days before {@code from}; {@code from} itself is not counted,
     * so 1 gives the previous business day even when {@code from} is a holiday. 0 gives {@code from} unchanged.
     */
    public LocalDate minusBusinessDays(LocalDate from, int n) {
        return moveBusinessDays(from, n, -1);
    }

    /** The business day that lies {@code n} business days after {@code from}; as {@link #minusBusinessDays}. */
    public LocalDate plusBusinessDays(LocalDate from, int n) {
        return moveBusinessDays(from, n, 1);
    }

    /** {@code date} when it is a business day, else the last business day before it. */
    public LocalDate previousOrSameBusinessDay(LocalDate date) {
        return isBusinessDay(date) ? date : minusBusinessDays(date, 1);
    }

    /** {@code date} when it is a business day, else the first business day after it. */
    public LocalDate nextOrSameBusinessDay(LocalDate date) {
        return isBusinessDay(date) ? date : plusBusinessDays(date, 1);
    }

    /**
     * How many business days lie after {@code fromExclusive} up to and including {@code toInclusive}; so that
     * {@code businessDaysBetween(d, plusBusinessDays(d, n)) == n}. When {@code toInclusive} is before
     * {@code fromExclusive} the count of the reversed range is returned negated (as {@code ChronoUnit.between} does).
     */
    public long businessDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) return -businessDaysBetween(toInclusive, fromExclusive);
        return fromExclusive.plusDays(1).datesUntil(toInclusive.plusDays(1)).filter(this::isBusinessDay).count();
    }

    public boolean hasYearEndClosure() { return yearEndClosure; }

    private LocalDate moveBusinessDays(LocalDate from, int n, int direction) {
        Objects.requireNonNull(from, "from");
        if (n < 0) throw new IllegalArgumentException("business days must be 0 or more, not " + n);
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(direction);
            if (isBusinessDay(day)) counted++;
        }
        return day;
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static boolean inYearEndClosure(LocalDate date) {
        MonthDay monthDay = MonthDay.from(date);
        return !monthDay.isBefore(CLOSURE_START) || !monthDay.isAfter(CLOSURE_END);
    }

    @Override
    public String toString() {
        return yearEndClosure ? "BusinessCalendar[government]" : "BusinessCalendar[weekdaysAndHolidaysOnly]";
    }
}
