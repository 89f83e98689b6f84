package org.openoqs.core.fees;

import java.time.LocalDate;

/**
 * A stretch of days over which neither the fee table nor the DX thresholds change: the unit the simulator reports
 * ("the rules of 2024-10-01 – 2024-12-01") and the chart marks.
 *
 * @param to the last day, included; null when the table gives no end
 */
public record RulesPeriod(LocalDate from, LocalDate to) {
    public RulesPeriod {
        if (from == null) throw new IllegalArgumentException("a period starts on a day");
        if (to != null && to.isBefore(from)) throw new IllegalArgumentException("period ends before it starts");
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** 2024-10-01 – 2024-12-01, or 2026-06-01 – when open. */
    public String label() {
        return from + " – " + (to == null ? "" : to.toString());
    }
}
