package org.openoqs.central.audit;

import java.time.LocalDateTime;
import java.util.Objects;
import org.openoqs.core.audit.AuditAction;
import org.openoqs.core.audit.AuditRecord;

/**
 * Something to audit, before it has a place in the chain. Field meanings are those of {@link AuditRecord}. Checked
 * here against the column sizes, so that one bad event is refused to its caller instead of failing the whole group
 * of appends it would have been committed with.
 */
public record AuditEvent(AuditAction action, String institutionCode, String personKey, String subject,
                         String outcome, String detail) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        check("institutionCode", institutionCode, 10);
        check("personKey", personKey, 64);
        check("subject", subject, 200);
        check("outcome", outcome, 40);
        check("detail", detail, 1000);
    }

    /** This event as the chain's entry {@code sequence}. */
    public AuditRecord toRecord(long sequence, LocalDateTime recordedAt) {
        return new AuditRecord(sequence, recordedAt, action, institutionCode, personKey, subject, outcome, detail);
    }

    private static void check(String field, String value, int maxLength) {
        if (value == null) return;
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        // PostgreSQL cannot store NUL in text.
        if (value.indexOf('\0') >= 0) throw new IllegalArgumentException(field + " contains a NUL character");
    }
}
