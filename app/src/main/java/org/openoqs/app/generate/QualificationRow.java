package org.openoqs.app.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.openoqs.wire.intake.QualificationColumn;

/** One row of the intake CSV under construction: a value per {@link QualificationColumn}, empty when not set. */
public final class QualificationRow {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private final String[] values = new String[QualificationColumn.values().length];

    public QualificationRow() {
        Arrays.fill(values, "");
    }

    public QualificationRow set(QualificationColumn column, String value) {
        values[column.ordinal()] = value == null ? "" : value;
        return this;
    }

    /** Sets a date as {@code yyyyMMdd}; a null date leaves the column empty. */
    public QualificationRow set(QualificationColumn column, LocalDate date) {
        return set(column, date == null ? "" : date.format(YYYYMMDD));
    }

    public String get(QualificationColumn column) {
        return values[column.ordinal()];
    }

    /** The values in {@link QualificationColumn} order. */
    public List<String> values() {
        return Arrays.asList(values.clone());
    }
}
