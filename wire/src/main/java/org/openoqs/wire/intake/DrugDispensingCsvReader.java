package org.openoqs.wire.intake;

import java.io.Reader;
import org.openoqs.core.medical.DrugDispensing;

/** Streams {@code drug-dispensings.csv} (columns {@link DrugDispensingColumn}) as {@link DrugDispensing} lines. */
public final class DrugDispensingCsvReader extends IntakeCsvReader<DrugDispensingColumn, DrugDispensing> {
    public DrugDispensingCsvReader(Reader reader) {
        super(reader, DrugDispensingColumn.class, new DrugDispensingRowMapper());
    }
}
