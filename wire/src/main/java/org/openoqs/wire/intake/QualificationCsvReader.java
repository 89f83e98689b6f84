package org.openoqs.wire.intake;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams an insurer intake CSV (UTF-8, header row of OQS element names, any column order, optional columns may be
 * absent) as {@link IntakeRow}s without holding the file in memory. Header problems (unknown, duplicate or missing
 * required columns) are reported by {@link #headerErrors()} on line 1; then each data line is mapped independently.
 * Line numbers count CSV records, the header being line 1.
 */
public final class QualificationCsvReader implements Closeable, Iterable<IntakeRow> {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(false).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<QualificationColumn, Integer> columns = new EnumMap<>(QualificationColumn.class);
    private final List<IntakeError> headerErrors = new ArrayList<>();
    private final QualificationRowMapper mapper = new QualificationRowMapper();
    private int headerWidth;

    public QualificationCsvReader(Reader reader) {
        try {
            this.parser = FORMAT.parse(skipBom(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.records = parser.iterator();
        readHeader();
    }

    /** Problems with the header line; when not empty the rows cannot be read meaningfully. */
    public List<IntakeError> headerErrors() { return List.copyOf(headerErrors); }

    private void readHeader() {
        if (!records.hasNext()) {
            headerErrors.add(new IntakeError(1, null, null, "empty file: a header row is required"));
            return;
        }
        CSVRecord header = records.next();
        headerWidth = header.size();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i).strip();
            String name = i == 0 && cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
            if (!seen.add(name)) {
                headerErrors.add(new IntakeError(1, name, null, "column appears twice"));
            } else {
                final int index = i;
                QualificationColumn.byName(name).ifPresentOrElse(c -> columns.put(c, index),
                        () -> headerErrors.add(new IntakeError(1, name.isEmpty() ? null : name, null,
                                "unknown column; expected OQS element names such as " + QualificationColumn.names().subList(0, 4))));
            }
        }
        for (QualificationColumn c : QualificationColumn.values()) {
            if (c.required() && !columns.containsKey(c)) headerErrors.add(new IntakeError(1, c.name(), null, "required column missing"));
        }
    }

    @Override
    public Iterator<IntakeRow> iterator() {
        return new Iterator<>() {
            @Override public boolean hasNext() { return headerErrors.isEmpty() && records.hasNext(); }

            @Override public IntakeRow next() {
                if (!hasNext()) throw new NoSuchElementException();
                return toRow(records.next());
            }
        };
    }

    private IntakeRow toRow(CSVRecord record) {
        long line = record.getRecordNumber();
        if (record.size() != headerWidth) {
            return new IntakeRow(line, null, List.of(new IntakeError(line, null, null,
                    "has " + record.size() + " fields but the header has " + headerWidth)));
        }
        return mapper.map(line, column -> {
            Integer index = columns.get(column);
            if (index == null) return null;
            String value = record.get(index);
            return value.isBlank() ? null : value;
        });
    }

    private static Reader skipBom(Reader reader) throws IOException {
        java.io.PushbackReader pushback = new java.io.PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') pushback.unread(first);
        return pushback;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
