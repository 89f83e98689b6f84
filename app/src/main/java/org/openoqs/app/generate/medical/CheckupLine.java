package org.openoqs.app.generate.medical;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** One line of {@code health-checkups.csv} under construction. */
record CheckupLine(String personKey, LocalDate effectiveTime, CheckupItem item, String dataValue, String dataValueName) {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /** The values in the order of {@code HealthCheckupColumn}. */
    List<String> values() {
        return List.of(personKey, effectiveTime.format(YYYYMMDD), item.code(), item.label(), item.dataType(), dataValue,
                dataValueName == null ? "" : dataValueName, item.unit() == null ? "" : item.unit(),
                item.oid() == null ? "" : item.oid());
    }
}
