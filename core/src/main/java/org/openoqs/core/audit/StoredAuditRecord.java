package org.openoqs.core.audit;

import java.util.Objects;

/** An entry as stored: the record, the hash of the entry before it, and its own hash. */
public record StoredAuditRecord(AuditRecord record, String previousHash, String hash) {

    public StoredAuditRecord {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    public long sequence() {
        return record.sequence();
    }

    /** This entry as a chain head, e.g. to anchor it. */
    public AuditHead head() {
        return new AuditHead(record.sequence(), hash);
    }
}
