package org.openoqs.central.qualification;

import java.time.LocalDate;
import java.util.List;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.qualification.QualificationRecord;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Shares the database round trip of concurrent card lookups: lookups that arrive while others are being read are
 * answered together by one {@link QualificationStore#findByCards} ({@link LookupCoalescer}). Under load, the
 * confirmation cache's misses are what reach this layer; on PostgreSQL each one otherwise costs a statement, a round
 * trip and the wake-ups on both sides of it (docs/performance.md, §6). A lone lookup is read at once, by itself.
 * <p>
 * A lookup inside a transaction is never coalesced: it must see its own transaction's writes, and a leader would
 * otherwise answer other callers from that uncommitted state.
 */
public class CoalescingQualificationStore extends ForwardingQualificationStore {
    private final LookupCoalescer<CardLookup, List<QualificationRecord>> lookups;

    /**
     * @param maxBatch          most lookups one statement answers
     * @param concurrentBatches most statements in flight at once (each holds a pooled connection while it runs)
     */
    public CoalescingQualificationStore(QualificationStore delegate, int maxBatch, int concurrentBatches) {
        super(delegate);
        this.lookups = new LookupCoalescer<>(delegate::findByCards, maxBatch, concurrentBatches);
    }

    @Override
    public List<QualificationRecord> findByCard(InsurerNumber insurer, String identificationNumber, LocalDate birthdate) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return delegate.findByCard(insurer, identificationNumber, birthdate);
        }
        List<QualificationRecord> found = lookups.get(new CardLookup(insurer, identificationNumber, birthdate));
        return found == null ? List.of() : found;
    }

    /** Statements run for card lookups so far. */
    public long batches() {
        return lookups.batches();
    }

    /** Card lookups answered so far; {@code lookups() / batches()} is the mean number a statement answered. */
    public long lookups() {
        return lookups.lookups();
    }
}
