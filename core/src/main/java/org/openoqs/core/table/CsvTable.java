package org.openoqs.core.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads OpenOQS's small data tables (subsidy rules, fee additions, …): a header line of column names, then one row per line, fields separated by plain
 * commas (no quoting: the tables hold no commas; notes use 、), {@code #} comment lines and blank lines skipped.
 * Every column of the header must be one of the expected ones and every expected one must be there, in any order.
 */
public final class CsvTable {
    private CsvTable() {}

    /**
     * The rows of a table whose header must hold exactly {@code columns} (in any order).
     *
     * @param source names the table in error messages (a resource or file name)
     * @throws TableException naming the source, the line and the column of the first problem
     */
    public static List<CsvRow> read(Reader reader, String source, List<String> columns) {
        List<String> lines = lines(reader, source);
        int headerIndex = firstContentLine(lines);
        if (headerIndex < 0) throw new TableException(source, 0, null, "no header line");
        List<String> header = header(source, headerIndex + 1, lines.get(headerIndex), columns);
        List<CsvRow> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            if (isContent(lines.get(i))) rows.add(row(source, i + 1, lines.get(i), header));
        }
        return rows;
    }

    private static List<String> lines(Reader reader, String source) {
        try (BufferedReader buffered = new BufferedReader(reader)) {
            List<String> lines = new ArrayList<>(buffered.lines().toList());
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) lines.set(0, lines.get(0).substring(1));
            return lines;
        } catch (IOException | UncheckedIOException e) {
            throw new TableException(source, 0, null, "cannot be read: " + e.getMessage());
        }
    }

    private static int firstContentLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (isContent(lines.get(i))) return i;
        }
        return -1;
    }

    private static boolean isContent(String line) {
        String s = line.strip();
        return !s.isEmpty() && !s.startsWith("#");
    }

    private static List<String> header(String source, int line, String text, List<String> expected) {
        List<String> header = fields(text);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (!expected.contains(name)) throw new TableException(source, line, name, "unknown column");
            if (header.indexOf(name) != i) throw new TableException(source, line, name, "repeated column");
        }
        for (String name : expected) {
            if (!header.contains(name)) throw new TableException(source, line, name, "missing from the header");
        }
        return header;
    }

    private static CsvRow row(String source, int line, String text, List<String> header) {
        List<String> fields = fields(text);
        if (fields.size() != header.size()) {
            throw new TableException(source, line, null, "expected " + header.size() + " comma-separated "
                    + "fields as in the header, found " + fields.size());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) values.put(header.get(i), fields.get(i));
        return new CsvRow(source, line, values);
    }

    private static List<String> fields(String text) {
        return List.of(text.split(",", -1)).stream().map(String::strip).toList();
    }
}
