package org.openoqs.central.medical;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openoqs.core.date.DateRange;

/**
 * Storage of one kind of medical record, identified by a natural key {@code K} (SPI). Intake reads and writes by
 * key; answers read one person's records over a range of days.
 *
 * @param <R> the record ({@code DrugDispensing}, {@code HealthCheckupItem})
 * @param <K> its key
 */
public interface MedicalRecordStore<R, K> {

    /** The person's records on the days of {@code range}, newest day first, lines of a day in the order received. */
    List<R> findByPerson(String personKey, DateRange range);

    /** The stored records with these keys, each with the last intake that carried it. */
    Map<K, StoredRecord<R>> findByKeys(Collection<K> keys);

    void insert(List<R> records, long intakeId);

    /** Replaces the stored records with the same keys. */
    void update(List<R> records, long intakeId);

    /**
     * Records that this intake carried these stored records unchanged, so that it recognises them if the same key
     * comes again later in the file.
     */
    void confirm(List<R> records, long intakeId);

    long count();
}
