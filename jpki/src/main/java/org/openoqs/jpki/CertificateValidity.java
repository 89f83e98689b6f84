package org.openoqs.jpki;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The validity period of a 利用者証明用電子証明書: from the day of issuance until the <b>5th birthday after
 * issuance</b> (reference oqs-rules §6.3 [C]), whole days in Japan time.
 *
 * <p>Two readings are OpenOQS's own [I], as the public sources do not spell them out: a birthday on the day of issuance
 * does not count ("after" is strict), and for a person born on 29 February the birthday in a common year is 28 February
 * (民法 §143: a period whose last day does not exist ends on the last day of that month).
 */
public final class CertificateValidity {
    /** J-LIS works in Japan time; validity days start and end at midnight there. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** How many birthdays after issuance the certificate stays valid. */
    public static final int BIRTHDAYS = 5;

    private CertificateValidity() {}

    /** The last day of validity: the 5th birthday strictly after {@code issuedOn}. */
    public static LocalDate lastDay(LocalDate birthdate, LocalDate issuedOn) {
        if (issuedOn.isBefore(birthdate)) {
            throw new IllegalArgumentException("issuedOn " + issuedOn + " is before the Birthdate");
        }
        int firstYear = birthdayIn(birthdate, issuedOn.getYear()).isAfter(issuedOn) ? issuedOn.getYear() : issuedOn.getYear() + 1;
        return birthdayIn(birthdate, firstYear + BIRTHDAYS - 1);
    }

    /** The person's birthday in {@code year}; 29 February falls on 28 February in a common year. */
    static LocalDate birthdayIn(LocalDate birthdate, int year) {
        return birthdate.withYear(year);
    }

    /** Midnight at the start of the day of issuance, Japan time. */
    public static Instant notBefore(LocalDate issuedOn) {
        return issuedOn.atStartOfDay(JAPAN).toInstant();
    }

    /** The last second of the last day of validity, Japan time. */
    public static Instant notAfter(LocalDate lastDay) {
        return lastDay.atTime(LocalTime.of(23, 59, 59)).atZone(JAPAN).toInstant();
    }
}
