package org.openoqs.app.generate;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;

/**
 * Date rules of Japanese health insurance that the generator needs. Ages follow 年齢計算ニ関スル法律: a person
 * "reaches" an age on the day before the birthday, which is why someone born on the 1st of a month moves a month
 * earlier than their classmates.
 */
public final class InsuranceCalendar {
    private InsuranceCalendar() {}

    /** 後期高齢者医療 started on this day; nobody can have qualified for it earlier. */
    public static final LocalDate KOKI_KOREI_START = LocalDate.of(2008, 4, 1);

    private static final MonthDay MARCH_31 = MonthDay.of(3, 31);

    /** Completed years of age on {@code date}. */
    public static int age(LocalDate birthdate, LocalDate date) {
        return (int) ChronoUnit.YEARS.between(birthdate, date);
    }

    /**
     * 未就学: until the first 31 March after the child reaches 6 (義務教育就学前). A child born on 1 April reaches 6 on
     * 31 March and starts school the next day.
     */
    public static boolean isPreschool(LocalDate birthdate, LocalDate date) {
        LocalDate reachesSix = birthdate.plusYears(6).minusDays(1);
        LocalDate lastPreschoolDay = onOrAfter(reachesSix, MARCH_31);
        return !date.isAfter(lastPreschoolDay);
    }

    /** 高齢受給者 from the first day of the month after reaching 70 (on the birthday itself when it is the 1st). */
    public static LocalDate elderlyRecipientStart(LocalDate birthdate) {
        LocalDate reachesSeventy = birthdate.plusYears(70).minusDays(1);
        return reachesSeventy.withDayOfMonth(1).plusMonths(1);
    }

    /** 後期高齢者医療 starts on the 75th birthday, but not before the system itself (2008-04-01). */
    public static LocalDate kokiKoreiStart(LocalDate birthdate) {
        LocalDate birthday = birthdate.plusYears(75);
        return birthday.isBefore(KOKI_KOREI_START) ? KOKI_KOREI_START : birthday;
    }

    /** The last day before 後期高齢者医療: 高齢受給者証 and other cards of 70–74-year-olds end here. */
    public static LocalDate dayBefore75(LocalDate birthdate) {
        return birthdate.plusYears(75).minusDays(1);
    }

    /** The latest {@code day} on or before {@code date}, e.g. the 1 August that started the current 年度 of a card. */
    public static LocalDate onOrBefore(LocalDate date, MonthDay day) {
        LocalDate sameYear = day.atYear(date.getYear());
        return sameYear.isAfter(date) ? day.atYear(date.getYear() - 1) : sameYear;
    }

    /** The earliest {@code day} on or after {@code date}, e.g. the 31 July on which a 限度額適用認定証 expires. */
    public static LocalDate onOrAfter(LocalDate date, MonthDay day) {
        LocalDate sameYear = day.atYear(date.getYear());
        return sameYear.isBefore(date) ? day.atYear(date.getYear() + 1) : sameYear;
    }

    public static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    public static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
