package org.openoqs.core.audit;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One entry of the audit trail before it is chained.
 *
 * <p>{@code recordedAt} is Japan time (JST has no daylight saving, so a local time is unambiguous) at
 * <b>millisecond</b> precision: both H2 2.x and PostgreSQL store {@code TIMESTAMP(3)} exactly, so what is hashed is
 * what comes back. Use {@link #recordedAt(LocalDateTime)} to truncate a clock reading; a stored value with finer digits
 * is kept as it is (and then no longer verifies, which is right: someone changed it).
 *
 * @param sequence        position in the chain, from 1, without gaps
 * @param action          what happened
 * @param institutionCode the 医療機関コード that acted; null when no institution did (e.g. the patient signing in)
 * @param personKey       whose data it concerns; null when no known person does (a card that was not found)
 * @param subject         what it was about, without personal data (e.g. the InsurerNumber of the card used)
 * @param outcome         the result in the action's own code (e.g. a QualificationValidity code)
 * @param detail          anything else the entry needs to be understood; free text
 */
public record AuditRecord(long sequence, LocalDateTime recordedAt, AuditAction action, String institutionCode,
                          String personKey, String subject, String outcome, String detail) {

    public AuditRecord {
        if (sequence < 1) throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(action, "action");
    }

    /** A clock reading at the precision the trail keeps. */
    public static LocalDateTime recordedAt(LocalDateTime now) {
        return now.truncatedTo(ChronoUnit.MILLIS);
    }
}
