package org.openoqs.central.medical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openoqs.central.qualification.QualificationStore;
import org.openoqs.core.code.PersonalFamilyClassification;
import org.openoqs.core.code.Sex;
import org.openoqs.core.date.DateRange;
import org.openoqs.core.medical.DataType;
import org.openoqs.core.medical.DrugCode;
import org.openoqs.core.medical.DrugDispensing;
import org.openoqs.core.medical.HealthCheckupItem;
import org.openoqs.core.medical.InOut;
import org.openoqs.core.medical.ItemCode;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.core.qualification.InsuredCard;
import org.openoqs.core.qualification.QualificationRecord;

/** Records and in-memory stores for the unit tests of the medical package. */
final class MedicalTestData {
    static final String A = "1312345679";
    static final String B = "2712345673";
    static final MedicalInstitutionCode PHARMACY = MedicalInstitutionCode.parse("1340000015");
    static final MedicalInstitutionCode CLINIC = MedicalInstitutionCode.parse("1310000003");

    private MedicalTestData() {}

    static QualificationRecord qualification(String personKey, String insurer, String symbol, String number, String branch,
                                             String name, LocalDate birthdate, Sex sex, LocalDate qualified) {
        return new QualificationRecord(personKey, InsurerNumber.parse(insurer), null, InsuredCard.of(symbol, number, branch),
                PersonalFamilyClassification.INSURED, null, name, "ｶﾅ", sex, birthdate, null, null, null, qualified, null, null,
                null, null, null, null, null, null, null);
    }

    static DrugDispensing drug(String personKey, LocalDate day, MedicalInstitutionCode where, String code, String name,
                               LocalDate prescribed) {
        return new DrugDispensing(personKey, day, null, where, where == PHARMACY ? "さくら薬局" : "千代田内科", where == PHARMACY
                ? InOut.OUTSIDE : InOut.IN_HOUSE, DrugCode.parse(code), name, null, new BigDecimal("1.5"), "錠", "1日1回朝食後",
                14, null, prescribed, 1);
    }

    static HealthCheckupItem item(String personKey, LocalDate day, String code, String name, String value) {
        return new HealthCheckupItem(personKey, day, ItemCode.parse(code), name, DataType.PQ, value, null, "cm", null);
    }

    /** Answers {@code findByCardNumber} from a list; the intake and hot-path methods are not needed here. */
    static QualificationStore qualifications(List<QualificationRecord> records) {
        return new QualificationStore() {
            @Override
            public List<QualificationRecord> findByCardNumber(InsurerNumber insurer, String identificationNumber) {
                return records.stream().filter(r -> r.insurerNumber().equals(insurer)
                        && r.card().identificationNumber().equals(identificationNumber)).toList();
            }

            @Override public List<QualificationRecord> findByCard(InsurerNumber i, String n, LocalDate b) { throw new UnsupportedOperationException(); }

            @Override public List<QualificationRecord> findByPerson(String p) { throw new UnsupportedOperationException(); }

            @Override public boolean holdsRecordsOf(InsurerNumber i) { throw new UnsupportedOperationException(); }

            @Override public boolean existsValidOther(String p, LocalDate d, QualificationRecord.Key k) { throw new UnsupportedOperationException(); }

            @Override public Map<QualificationRecord.Key, QualificationRecord> findByKeys(Collection<QualificationRecord.Key> k) { throw new UnsupportedOperationException(); }

            @Override public void insert(List<QualificationRecord> r, long i) { throw new UnsupportedOperationException(); }

            @Override public void update(List<QualificationRecord> r, long i) { throw new UnsupportedOperationException(); }

            @Override public long count() { return records.size(); }
        };
    }

    /** A read-only store over a list, newest day first like the JDBC stores. */
    static class ListStore<R, K> implements MedicalRecordStore<R, K> {
        final List<R> records = new ArrayList<>();
        private final java.util.function.Function<R, String> person;
        private final java.util.function.Function<R, LocalDate> day;

        ListStore(java.util.function.Function<R, String> person, java.util.function.Function<R, LocalDate> day) {
            this.person = person;
            this.day = day;
        }

        @Override
        public List<R> findByPerson(String personKey, DateRange range) {
            return records.stream().filter(r -> person.apply(r).equals(personKey) && range.contains(day.apply(r)))
                    .sorted(Comparator.comparing(day).reversed()).toList();
        }

        @Override public Map<K, StoredRecord<R>> findByKeys(Collection<K> keys) { throw new UnsupportedOperationException(); }

        @Override public void insert(List<R> r, long intakeId) { throw new UnsupportedOperationException(); }

        @Override public void update(List<R> r, long intakeId) { throw new UnsupportedOperationException(); }

        @Override public void confirm(List<R> r, long intakeId) { throw new UnsupportedOperationException(); }

        @Override public long count() { return records.size(); }
    }

    static final class Drugs extends ListStore<DrugDispensing, DrugDispensing.Key> implements DrugDispensingStore {
        Drugs() { super(DrugDispensing::personKey, DrugDispensing::diDate); }
    }

    static final class Checkups extends ListStore<HealthCheckupItem, HealthCheckupItem.Key> implements HealthCheckupStore {
        Checkups() { super(HealthCheckupItem::personKey, HealthCheckupItem::effectiveTime); }
    }
}
