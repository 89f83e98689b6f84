package org.openoqs.central.medical;

import java.io.Reader;
import java.util.List;
import java.util.Optional;
import org.openoqs.core.medical.DrugDispensing;
import org.openoqs.wire.intake.DrugDispensingCsvReader;
import org.openoqs.wire.intake.IntakeCsvReader;

/**
 * {@code drug-dispensings.csv}: a line is identified by PersonKey, DiDate, MeTrDiHCd, DrugC and its occurrence number
 * among the lines of that person with the same four values — so the same drug twice on one day (two 用法) is two
 * lines, and re-sending the file finds every line again under the same key.
 */
final class DrugDispensingFile implements MedicalFile<DrugDispensing, DrugDispensing.Key> {
    private final DrugDispensingStore store;

    DrugDispensingFile(DrugDispensingStore store) {
        this.store = store;
    }

    @Override public MedicalIntakeKind kind() { return MedicalIntakeKind.DRUG_DISPENSINGS; }

    @Override public IntakeCsvReader<?, DrugDispensing> open(Reader csv) { return new DrugDispensingCsvReader(csv); }

    @Override public MedicalRecordStore<DrugDispensing, DrugDispensing.Key> store() { return store; }

    @Override public DrugDispensing.Key key(DrugDispensing record) { return record.key(); }

    @Override public String personKey(DrugDispensing record) { return record.personKey(); }

    @Override
    public Object repeatKey(DrugDispensing d) {
        return List.of(d.diDate(), d.meTrDiHCd(), d.drugC());
    }

    @Override
    public Optional<DrugDispensing> numbered(DrugDispensing record, int occurrence) {
        return Optional.of(record.withSeq(occurrence));
    }

    @Override public String keyDescription() { return "PersonKey, DiDate, MeTrDiHCd and DrugC"; }

    @Override public String keyField() { return "DrugC"; }

    @Override public String keyValue(DrugDispensing record) { return record.drugC().value(); }
}
