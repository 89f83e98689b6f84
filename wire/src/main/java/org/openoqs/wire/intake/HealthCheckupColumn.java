package org.openoqs.wire.intake;

/**
 * The columns of {@code health-checkups.csv}, the 特定健診情報 intake (one row per item per checkup). Names are the
 * TKK result elements (reference oqs-interface §2.7). Optional columns may be absent; any order.
 */
public enum HealthCheckupColumn implements IntakeColumn {
    PersonKey(true), EffectiveTime(true), ItemCode(true), ItemName(true), DataType(true), DataValue(true),
    DataValueName(false), Unit(false), Oid(false);

    private final boolean required;

    HealthCheckupColumn(boolean required) {
        this.required = required;
    }

    @Override
    public boolean required() { return required; }
}
