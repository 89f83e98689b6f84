package org.openoqs.wire.intake;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.List;
import org.openoqs.core.qualification.QualificationRecord;

/**
 * Streams an insurer intake CSV (UTF-8, header row of OQS element names, any column order, optional columns may be
 * absent) as {@link IntakeRow}s without holding the file in memory. Header problems (unknown, duplicate or missing
 * required columns) are reported by {@link #headerErrors()} on line 1; then each data line is mapped independently.
 * Line numbers count CSV records, the header being line 1. The reading itself is {@link IntakeCsvReader}'s, shared
 * with the medical files; this class keeps the qualification rows' own shape ({@link IntakeRow}).
 */
public final class QualificationCsvReader implements Closeable, Iterable<IntakeRow> {
    private final Lines lines;

    public QualificationCsvReader(Reader reader) {
        this.lines = new Lines(reader, new QualificationRowMapper());
    }

    /** Problems with the header line; when not empty the rows cannot be read meaningfully. */
    public List<IntakeError> headerErrors() { return lines.headerErrors(); }

    @Override
    public Iterator<IntakeRow> iterator() {
        Iterator<IntakeLine<QualificationRecord>> each = lines.iterator();
        return new Iterator<>() {
            @Override public boolean hasNext() { return each.hasNext(); }

            @Override public IntakeRow next() {
                IntakeLine<QualificationRecord> line = each.next();
                return new IntakeRow(line.line(), line.value(), line.errors());
            }
        };
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    private static final class Lines extends IntakeCsvReader<QualificationColumn, QualificationRecord> {
        Lines(Reader reader, QualificationRowMapper mapper) {
            super(reader, QualificationColumn.class, (line, raw) -> {
                IntakeRow row = mapper.map(line, raw);
                return new IntakeLine<>(row.line(), row.record(), row.errors());
            });
        }
    }
}
