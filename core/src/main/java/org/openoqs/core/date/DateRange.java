package org.openoqs.core.date;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.openoqs.core.InvalidValueException;

/** The days from {@code from} to {@code to}, both included. */
public record DateRange(LocalDate from, LocalDate to) {
    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) throw new IllegalArgumentException("to " + to + " is before from " + from);
    }

    /** The {@code years} years up to and including {@code today}: a retention window. */
    public static DateRange yearsUpTo(LocalDate today, int years) {
        return new DateRange(today.minusYears(years).plusDays(1), today);
    }

    /**
     * A requested period in OQS form: either bound may be absent (then this window's bound applies); the result is
     * the overlap with this window, empty when the period lies wholly outside it.
     *
     * @throws InvalidValueException naming {@code fromField}/{@code toField} when a date is malformed or the end
     *     comes before the start
     */
    public Optional<DateRange> narrowedTo(String fromField, String rawFrom, String toField, String rawTo) {
        LocalDate start = OqsDates.parseOptionalDate(fromField, rawFrom);
        LocalDate end = OqsDates.parseOptionalDate(toField, rawTo);
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidValueException(toField, rawTo, "is before " + fromField);
        }
        LocalDate lower = start == null || start.isBefore(from) ? from : start;
        LocalDate upper = end == null || end.isAfter(to) ? to : end;
        return upper.isBefore(lower) ? Optional.empty() : Optional.of(new DateRange(lower, upper));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
