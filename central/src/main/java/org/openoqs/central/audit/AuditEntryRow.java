package org.openoqs.central.audit;

import java.time.LocalDateTime;
import java.util.Objects;
import org.openoqs.core.audit.AuditAction;
import org.openoqs.core.audit.AuditRecord;
import org.openoqs.core.audit.StoredAuditRecord;
import org.openoqs.core.audit.UnreadableAuditRecordException;

/**
 * A row of {@code audit_entry} exactly as read, before it is trusted to be a well-formed entry. {@code personHash} is
 * not part of the chain, so it is checked here: an entry whose {@code person_hash} does not match its PersonKey would be
 * silently missing from the patient's page, and verification must see that as an edited entry.
 */
record AuditEntryRow(long sequence, LocalDateTime recordedAt, String action, String institutionCode, String personKey,
                     String subject, String outcome, String detail, String previousHash, String hash, Long personHash) {

    StoredAuditRecord toStored() {
        AuditAction known = AuditAction.find(action).orElseThrow(() -> new UnreadableAuditRecordException(sequence,
                "action '" + action + "' is not an AuditAction"));
        if (!Objects.equals(personHash, PersonKeyHash.of(personKey))) {
            throw new UnreadableAuditRecordException(sequence, "person_hash " + personHash
                    + " does not belong to its PersonKey (the entry is hidden from the patient's page)");
        }
        return new StoredAuditRecord(new AuditRecord(sequence, recordedAt, known, institutionCode, personKey, subject,
                outcome, detail), previousHash, hash);
    }
}
