package org.openoqs.central.qualification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.qualification.QualificationRecord;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Caches the card lookup, the hot path of confirmation, in front of another store. Absent cards are cached too (an
 * empty list), because repeated queries for unknown cards are common at reception.
 * <p>
 * Writes evict the affected card keys immediately and again after the transaction commits: a concurrent lookup
 * between the two could otherwise cache the pre-commit state. With several nodes on one database, other nodes see an
 * intake only after {@code expireAfterWrite}; keep it short there (see {@code oqs.confirmation.cache.*}).
 * <p>
 * Only {@link #findByCard} is cached; {@link #findByCards} and the other reads go to the store underneath.
 */
public class CachingQualificationStore extends ForwardingQualificationStore {
    private final Cache<CardLookup, List<QualificationRecord>> byCard;

    public CachingQualificationStore(QualificationStore delegate, long maximumSize, Duration expireAfterWrite) {
        super(delegate);
        this.byCard = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(expireAfterWrite).recordStats().build();
    }

    @Override
    public List<QualificationRecord> findByCard(InsurerNumber insurer, String identificationNumber, LocalDate birthdate) {
        return byCard.get(new CardLookup(insurer, identificationNumber, birthdate),
                k -> List.copyOf(delegate.findByCard(insurer, identificationNumber, birthdate)));
    }

    @Override
    public void insert(List<QualificationRecord> records, long intakeId) {
        delegate.insert(records, intakeId);
        evict(records);
    }

    @Override
    public BulkInsert bulkInsert(long intakeId) {
        BulkInsert inserts = delegate.bulkInsert(intakeId);
        return new BulkInsert() {
            @Override
            public void add(List<QualificationRecord> records) {
                inserts.add(records);
                evict(records);
            }

            @Override
            public void finish() {
                inserts.finish();
            }

            @Override
            public void close() {
                inserts.close();
            }
        };
    }

    @Override
    public void update(List<QualificationRecord> records, long intakeId) {
        // A correction may change the card itself: the old card key must go as well as the new one.
        List<QualificationRecord> before = List.copyOf(delegate.findByKeys(records.stream().map(QualificationRecord::key).toList()).values());
        delegate.update(records, intakeId);
        evict(before);
        evict(records);
    }

    /** Cache statistics for metrics. */
    public Cache<?, ?> cache() { return byCard; }

    private void evict(List<QualificationRecord> records) {
        Set<CardLookup> keys = records.stream().map(CardLookup::of).collect(Collectors.toSet());
        byCard.invalidateAll(keys);
        if (TransactionSynchronizationManager.isSynchronizationActive()) afterCompletion().add(keys);
    }

    /** The evictions still due when the current transaction ends: one per transaction, however many batches it writes. */
    private PendingEvictions afterCompletion() {
        PendingEvictions pending = (PendingEvictions) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new PendingEvictions();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        return pending;
    }

    /**
     * Card keys to evict again after the transaction. An intake of millions of rows would hold millions of keys until
     * commit; past the cache's own size it is cheaper, and bounded, to empty the whole cache instead.
     */
    private final class PendingEvictions implements TransactionSynchronization {
        private final long limit = byCard.policy().eviction().map(e -> e.getMaximum()).orElse(Long.MAX_VALUE);
        private Set<CardLookup> keys = new HashSet<>();

        void add(Set<CardLookup> more) {
            if (keys == null) return;
            keys.addAll(more);
            if (keys.size() > limit) keys = null;
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(CachingQualificationStore.this);
            if (keys == null) byCard.invalidateAll();
            else byCard.invalidateAll(keys);
        }
    }
}
