package org.openoqs.wire.intake;

import java.io.Closeable;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams an intake CSV of one kind (UTF-8, header row of OQS element names, any column order, optional columns may
 * be absent) as {@link IntakeLine}s without holding the file in memory. Header problems (unknown, duplicate or missing
 * required columns) are reported by {@link #headerErrors()} on line 1 and stop the reading of rows; each data line is
 * then mapped on its own by the kind's {@link Mapper}, which reports every bad field of the line.
 *
 * <p>Subclasses fix the kind: {@link DrugDispensingCsvReader}, {@link HealthCheckupCsvReader}.
 *
 * @param <C> the column enum
 * @param <T> the value of a valid line
 */
public abstract class IntakeCsvReader<C extends Enum<C> & IntakeColumn, T> implements Closeable, Iterable<IntakeLine<T>> {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(false).get();

    /** Turns the raw values of one line into its value or its errors. */
    @FunctionalInterface
    public interface Mapper<C, T> {
        /** {@code raw.apply(column)} gives the cell's text, or null when the column is absent or the cell blank. */
        IntakeLine<T> map(long line, Function<C, String> raw);
    }

    private final Class<C> columnType;
    private final Mapper<C, T> mapper;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<C, Integer> columns;
    private final List<IntakeError> headerErrors = new ArrayList<>();
    private int headerWidth;

    protected IntakeCsvReader(Reader reader, Class<C> columnType, Mapper<C, T> mapper) {
        this.columnType = columnType;
        this.mapper = mapper;
        this.columns = new EnumMap<>(columnType);
        try {
            this.parser = FORMAT.parse(skipBom(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.records = parser.iterator();
        readHeader();
    }

    /** Problems with the header line; when not empty no rows are read. */
    public List<IntakeError> headerErrors() { return List.copyOf(headerErrors); }

    /** The column names in canonical order (the order generators write). */
    public static <C extends Enum<C> & IntakeColumn> List<String> names(Class<C> columnType) {
        return Arrays.stream(columnType.getEnumConstants()).map(IntakeColumn::name).toList();
    }

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
                continue;
            }
            final int index = i;
            column(name).ifPresentOrElse(c -> columns.put(c, index), () -> headerErrors.add(new IntakeError(1,
                    name.isEmpty() ? null : name, null, "unknown column; expected OQS element names such as "
                            + names(columnType).subList(0, 4))));
        }
        for (C c : columnType.getEnumConstants()) {
            if (c.required() && !columns.containsKey(c)) headerErrors.add(new IntakeError(1, c.name(), null, "required column missing"));
        }
    }

    private Optional<C> column(String name) {
        return Arrays.stream(columnType.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
    }

    @Override
    public Iterator<IntakeLine<T>> iterator() {
        return new Iterator<>() {
            @Override public boolean hasNext() { return headerErrors.isEmpty() && records.hasNext(); }

            @Override public IntakeLine<T> next() {
                if (!hasNext()) throw new NoSuchElementException();
                return toLine(records.next());
            }
        };
    }

    private IntakeLine<T> toLine(CSVRecord record) {
        long line = record.getRecordNumber();
        if (record.size() != headerWidth) {
            return new IntakeLine<>(line, null, List.of(new IntakeError(line, null, null,
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
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') pushback.unread(first);
        return pushback;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
