package org.openoqs.central.medical;

import java.io.Reader;
import java.util.Optional;
import org.openoqs.core.medical.HealthCheckupItem;
import org.openoqs.wire.intake.HealthCheckupCsvReader;
import org.openoqs.wire.intake.IntakeCsvReader;

/** {@code health-checkups.csv}: a line is identified by PersonKey, EffectiveTime and ItemCode; a repeat is an error. */
final class HealthCheckupFile implements MedicalFile<HealthCheckupItem, HealthCheckupItem.Key> {
    private final HealthCheckupStore store;

    HealthCheckupFile(HealthCheckupStore store) {
        this.store = store;
    }

    @Override public MedicalIntakeKind kind() { return MedicalIntakeKind.HEALTH_CHECKUPS; }

    @Override public IntakeCsvReader<?, HealthCheckupItem> open(Reader csv) { return new HealthCheckupCsvReader(csv); }

    @Override public MedicalRecordStore<HealthCheckupItem, HealthCheckupItem.Key> store() { return store; }

    @Override public HealthCheckupItem.Key key(HealthCheckupItem record) { return record.key(); }

    @Override public String personKey(HealthCheckupItem record) { return record.personKey(); }

    @Override public Object repeatKey(HealthCheckupItem record) { return record.key(); }

    @Override
    public Optional<HealthCheckupItem> numbered(HealthCheckupItem record, int occurrence) {
        return occurrence == 1 ? Optional.of(record) : Optional.empty();
    }

    @Override public String keyDescription() { return "PersonKey, EffectiveTime and ItemCode"; }

    @Override public String keyField() { return "ItemCode"; }

    @Override public String keyValue(HealthCheckupItem record) { return record.itemCode().value(); }
}
