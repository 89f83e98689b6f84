package org.openoqs.core.date;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

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
     * The part of this range between {@code start} and {@code end}, either of which may be null (no bound); empty
     * when they lie wholly outside it.
     */
    public Optional<DateRange> overlap(LocalDate start, LocalDate end) {
        LocalDate lower = start == null || start.isBefore(from) ? from : start;
        LocalDate upper = end == null || end.isAfter(to) ? to : end;
        return upper.isBefore(lower) ? Optional.empty() : Optional.of(new DateRange(lower, upper));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
