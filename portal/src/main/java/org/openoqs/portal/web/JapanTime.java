package org.openoqs.portal.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** The store keeps Japan time as TIMESTAMP without zone, truncated to seconds (sub-second rounding differs by store). */
public final class JapanTime {
    private JapanTime() {}

    public static Timestamp now(Clock clock) {
        return of(clock.instant(), clock);
    }

    public static Timestamp of(Instant instant, Clock clock) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), clock.getZone()));
    }

    public static Instant instant(Timestamp timestamp, Clock clock) {
        return timestamp == null ? null : timestamp.toLocalDateTime().atZone(clock.getZone()).toInstant();
    }

    public static LocalDateTime local(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
