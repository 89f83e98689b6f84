package org.openoqs.central.audit;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;
import org.openoqs.core.audit.StoredAuditRecord;

/** Walks {@code audit_entry} in sequence order one page at a time (keyset paging: each page starts after the last). */
final class AuditEntryPages implements Iterator<StoredAuditRecord> {
    private final LongFunction<List<AuditEntryRow>> pageAfter;
    private final int pageSize;
    private List<AuditEntryRow> page = List.of();
    private int next;
    private long lastSequence;
    private boolean exhausted;

    AuditEntryPages(LongFunction<List<AuditEntryRow>> pageAfter, int pageSize) {
        this.pageAfter = pageAfter;
        this.pageSize = pageSize;
    }

    @Override
    public boolean hasNext() {
        if (next < page.size()) return true;
        if (exhausted) return false;
        page = pageAfter.apply(lastSequence);
        next = 0;
        exhausted = page.size() < pageSize;
        return !page.isEmpty();
    }

    @Override
    public StoredAuditRecord next() {
        if (!hasNext()) throw new NoSuchElementException();
        AuditEntryRow row = page.get(next++);
        lastSequence = row.sequence();
        return row.toStored();
    }
}
