package org.openoqs.wire.intake;

import static org.openoqs.wire.intake.HealthCheckupColumn.*;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.medical.DataType;
import org.openoqs.core.medical.HealthCheckupItem;
import org.openoqs.core.medical.ItemCode;

/**
 * Turns one line of {@code health-checkups.csv} into a {@link HealthCheckupItem}, reporting every bad field of the
 * line. DataValue is checked against DataType (a number for PQ, a code for CD, text for ST); Oid must be a dotted
 * numeric OID such as {@code 1.2.392.200119.6.1005}.
 */
final class HealthCheckupRowMapper implements IntakeCsvReader.Mapper<HealthCheckupColumn, HealthCheckupItem> {
    static final int MAX_NAME = 200;
    static final int MAX_UNIT = 40;
    static final int MAX_OID = 64;
    private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9]\\d*))+");

    @Override
    public IntakeLine<HealthCheckupItem> map(long line, Function<HealthCheckupColumn, String> raw) {
        IntakeFields<HealthCheckupColumn> f = new IntakeFields<>(line, raw);
        String personKey = f.personKey(PersonKey);
        LocalDate effectiveTime = f.date(EffectiveTime);
        ItemCode itemCode = f.parse(ItemCode, org.openoqs.core.medical.ItemCode::parse);
        String itemName = f.text(ItemName, MAX_NAME);
        DataType dataType = f.code(DataType, org.openoqs.core.medical.DataType.class);
        String dataValue = dataType == null ? f.text(DataValue, org.openoqs.core.medical.DataType.MAX_VALUE_LENGTH)
                : f.parse(DataValue, dataType::canonicalValue);
        String dataValueName = f.text(DataValueName, MAX_NAME);
        String unit = f.text(Unit, MAX_UNIT);
        String oid = f.parse(Oid, HealthCheckupRowMapper::oid);
        return f.result(() -> new HealthCheckupItem(personKey, effectiveTime, itemCode, itemName, dataType, dataValue,
                dataValueName, unit, oid));
    }

    private static String oid(String raw) {
        String value = raw.strip();
        if (value.length() > MAX_OID || !OID.matcher(value).matches()) {
            throw new InvalidValueException("Oid", raw, "must be a dotted numeric OID such as 1.2.392.200119.6.1005");
        }
        return value;
    }
}
