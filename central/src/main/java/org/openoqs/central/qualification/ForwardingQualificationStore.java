package org.openoqs.central.qualification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.qualification.QualificationRecord;

/**
 * A store that hands every call to another: the base of the composable layers ({@link CachingQualificationStore},
 * {@link CoalescingQualificationStore}), which override only what they change.
 */
public abstract class ForwardingQualificationStore implements QualificationStore {
    protected final QualificationStore delegate;

    protected ForwardingQualificationStore(QualificationStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<QualificationRecord> findByCard(InsurerNumber insurer, String identificationNumber, LocalDate birthdate) {
        return delegate.findByCard(insurer, identificationNumber, birthdate);
    }

    @Override
    public Map<CardLookup, List<QualificationRecord>> findByCards(Collection<CardLookup> lookups) {
        return delegate.findByCards(lookups);
    }

    @Override
    public List<QualificationRecord> findByCardNumber(InsurerNumber insurer, String identificationNumber) {
        return delegate.findByCardNumber(insurer, identificationNumber);
    }

    @Override
    public List<QualificationRecord> findByPerson(String personKey) {
        return delegate.findByPerson(personKey);
    }

    @Override
    public boolean existsValidOther(String personKey, LocalDate date, QualificationRecord.Key excluding) {
        return delegate.existsValidOther(personKey, date, excluding);
    }

    @Override
    public Map<QualificationRecord.Key, QualificationRecord> findByKeys(Collection<QualificationRecord.Key> keys) {
        return delegate.findByKeys(keys);
    }

    @Override
    public boolean holdsRecordsOf(InsurerNumber insurer) {
        return delegate.holdsRecordsOf(insurer);
    }

    @Override
    public void insert(List<QualificationRecord> records, long intakeId) {
        delegate.insert(records, intakeId);
    }

    @Override
    public BulkInsert bulkInsert(long intakeId) {
        return delegate.bulkInsert(intakeId);
    }

    @Override
    public void update(List<QualificationRecord> records, long intakeId) {
        delegate.update(records, intakeId);
    }

    @Override
    public long count() {
        return delegate.count();
    }
}
