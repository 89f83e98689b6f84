package org.openoqs.wire.intake;

import java.io.Reader;
import org.openoqs.core.medical.HealthCheckupItem;

/** Streams {@code health-checkups.csv} (columns {@link HealthCheckupColumn}) as {@link HealthCheckupItem} lines. */
public final class HealthCheckupCsvReader extends IntakeCsvReader<HealthCheckupColumn, HealthCheckupItem> {
    public HealthCheckupCsvReader(Reader reader) {
        super(reader, HealthCheckupColumn.class, new HealthCheckupRowMapper());
    }
}
