package org.openoqs.central.medical;

import java.time.LocalDate;

/**
 * The days a request asks for; either bound may be null (no bound). Answers never reach beyond the retention window
 * of the category, whatever is asked.
 */
public record RequestedPeriod(LocalDate start, LocalDate end) {
    /** No bounds: the whole retention window. */
    public static final RequestedPeriod ALL = new RequestedPeriod(null, null);

    public RequestedPeriod {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }
}
