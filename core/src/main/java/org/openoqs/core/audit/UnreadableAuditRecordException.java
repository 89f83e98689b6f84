package org.openoqs.core.audit;

/**
 * A stored entry that cannot even be read as an {@link AuditRecord} (e.g. an action name no {@link AuditAction} has).
 * Readers throw it from their iterator; {@link AuditChain#verify} reports it as an edited entry at that sequence.
 */
public class UnreadableAuditRecordException extends RuntimeException {
    private final long sequence;

    public UnreadableAuditRecordException(long sequence, String reason) {
        super("audit entry " + sequence + " is unreadable: " + reason);
        this.sequence = sequence;
    }

    public long sequence() {
        return sequence;
    }
}
