package org.openoqs.core.medical;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One result item of one 特定健診 (specific health checkup), the unit of 特定健診情報. Fields are named after the TKK
 * result elements (reference oqs-interface §2.7): {@code EffectiveTime} 受診日, {@code ItemCode}/{@code ItemName},
 * {@code DataType} (PQ/CD/ST [I]), {@code DataValue} in {@link DataType#canonicalValue canonical form},
 * {@code DataValueName} the name of a coded value, {@code Unit}, {@code Oid} the OID of the value's code system.
 * A checkup has each item at most once, so {@link #key()} is person, day and item.
 */
public record HealthCheckupItem(
        String personKey,
        LocalDate effectiveTime,
        ItemCode itemCode,
        String itemName,
        DataType dataType,
        String dataValue,
        String dataValueName,
        String unit,
        String oid) {

    public HealthCheckupItem {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(effectiveTime, "effectiveTime");
        Objects.requireNonNull(itemCode, "itemCode");
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(dataValue, "dataValue");
    }

    /** The identity of an item across intakes. */
    public record Key(String personKey, LocalDate effectiveTime, ItemCode itemCode) {}

    public Key key() {
        return new Key(personKey, effectiveTime, itemCode);
    }
}
