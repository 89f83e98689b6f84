package org.openoqs.central.qualification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.qualification.QualificationRecord;

/**
 * Storage of qualification records (SPI). Implementations compose: {@link JdbcQualificationStore} talks to the
 * database, {@link CachingQualificationStore} puts a cache in front of the hot lookup.
 */
public interface QualificationStore {

    /** The card lookup of 照会区分 2: records with this 保険者番号, 番号 and 生年月日 (any 記号 and 枝番). */
    List<QualificationRecord> findByCard(InsurerNumber insurer, String identificationNumber, LocalDate birthdate);

    /**
     * The card lookups of several queries at once: every lookup asked for maps to its records, an empty list when there
     * are none. Stores that pay a round trip per statement answer them with one ({@link JdbcQualificationStore} on
     * PostgreSQL); this default asks {@link #findByCard} for each.
     */
    default Map<CardLookup, List<QualificationRecord>> findByCards(Collection<CardLookup> lookups) {
        Map<CardLookup, List<QualificationRecord>> found = new LinkedHashMap<>();
        for (CardLookup l : lookups) found.put(l, findByCard(l.insurerNumber(), l.identificationNumber(), l.birthdate()));
        return found;
    }

    /** Records carrying this 保険者番号 and 番号, any birth date (照会番号 registration has no birth date). */
    List<QualificationRecord> findByCardNumber(InsurerNumber insurer, String identificationNumber);

    /** Every record of one person, any insurer (the card path: a linked card names a person, not a card). */
    List<QualificationRecord> findByPerson(String personKey);

    /** Whether the person holds a qualification valid on {@code date} other than {@code excluding}. */
    boolean existsValidOther(String personKey, LocalDate date, QualificationRecord.Key excluding);

    /** The stored records with these keys (intake uses it to tell new, changed and unchanged rows apart). */
    Map<QualificationRecord.Key, QualificationRecord> findByKeys(Collection<QualificationRecord.Key> keys);

    /**
     * Whether any record of this insurer is stored. Intake asks once per insurer, before writing any of its rows: when
     * none was, every row of that insurer in the file is new (the file's keys are unique), so no lookup is needed.
     */
    boolean holdsRecordsOf(InsurerNumber insurer);

    void insert(List<QualificationRecord> records, long intakeId);

    /**
     * The inserts of one intake as one stream in the caller's transaction: the batches added may still be on their
     * way to the database until {@link BulkInsert#finish()}, while the caller prepares the next — so the database
     * works while the caller does. Nothing else may use the store between an {@code add} and the {@code finish}
     * (intake finishes before it looks stored records up). This default inserts each batch when it is added.
     */
    default BulkInsert bulkInsert(long intakeId) {
        return records -> insert(records, intakeId);
    }

    void update(List<QualificationRecord> records, long intakeId);

    long count();

    /** A stream of inserts; see {@link #bulkInsert}. */
    interface BulkInsert extends AutoCloseable {
        void add(List<QualificationRecord> records);

        /** Writes whatever is still in flight; a key already stored fails here at the latest. */
        default void finish() {}

        /** Abandons what was not finished (the caller's transaction is rolling back). */
        @Override
        default void close() {}
    }
}
