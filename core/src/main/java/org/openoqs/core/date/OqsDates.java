package org.openoqs.core.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.openoqs.core.InvalidValueException;

/**
 * OQS date formats: dates {@code yyyyMMdd} and date-times {@code yyyyMMddHHmmss}, always 西暦 (the XML interface uses
 * no 和暦 era codes; reference oqs-rules §1.6). Parsing is strict: 20230229 is rejected.
 */
public final class OqsDates {
    private OqsDates() {}

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    /** A required date; a missing value is an error naming {@code field}. */
    public static LocalDate parseDate(String field, String raw) {
        LocalDate date = parseOptionalDate(field, raw);
        if (date == null) throw new InvalidValueException(field, raw, "required (yyyyMMdd)");
        return date;
    }

    /** An optional date: null or blank gives null. */
    public static LocalDate parseOptionalDate(String field, String raw) {
        if (raw == null || raw.isBlank()) return null;
        String value = raw.strip();
        if (value.length() != 8) throw new InvalidValueException(field, raw, "must be a date yyyyMMdd");
        // By hand rather than with DATE: intake parses tens of millions of dates, and the formatter's generic
        // parse-and-resolve costs several times this. Same rule: eight digits making a real date, else the same error.
        int year = digits(value, 0, 4), month = digits(value, 4, 6), day = digits(value, 6, 8);
        if (year < 0 || month < 0 || day < 0) throw new InvalidValueException(field, raw, "not a valid date yyyyMMdd");
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidValueException(field, raw, "not a valid date yyyyMMdd");
        }
    }

    /** The number written by the ASCII digits of {@code s} from {@code from} to {@code to}; -1 if any is not one. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    public static String format(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    public static String format(LocalDateTime dateTime) {
        return dateTime == null ? null : DATE_TIME.format(dateTime);
    }

    public static LocalDateTime parseDateTime(String field, String raw) {
        if (raw == null || raw.isBlank()) return null;
        try {
            return LocalDateTime.parse(raw.strip(), DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, raw, "not a valid date-time yyyyMMddHHmmss");
        }
    }
}
