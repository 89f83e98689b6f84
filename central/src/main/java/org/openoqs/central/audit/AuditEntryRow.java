package org.openoqs.central.audit;

import java.time.LocalDateTime;
import org.openoqs.core.audit.AuditAction;
import org.openoqs.core.audit.AuditRecord;
import org.openoqs.core.audit.StoredAuditRecord;
import org.openoqs.core.audit.UnreadableAuditRecordException;

/** A row of {@code audit_entry} exactly as read, before it is trusted to be a well-formed entry. */
record AuditEntryRow(long sequence, LocalDateTime recordedAt, String action, String institutionCode, String personKey,
                     String subject, String outcome, String detail, String previousHash, String hash) {

    StoredAuditRecord toStored() {
        AuditAction known = AuditAction.find(action).orElseThrow(() -> new UnreadableAuditRecordException(sequence,
                "action '" + action + "' is not an AuditAction"));
        return new StoredAuditRecord(new AuditRecord(sequence, recordedAt, known, institutionCode, personKey, subject,
                outcome, detail), previousHash, hash);
    }
}
