package org.openoqs.core.table;

/**
 * A rule, deadline or product table that cannot be used. The message names the source, the line and the column,
 * e.g. {@code subsidy-rules.csv line 7, column GrantCap: not a whole number of yen: '32.1万'}, so that whoever edits a
 * table for a new programme can fix it without reading code.
 */
public class TableException extends RuntimeException {
    private final String source;
    private final int line;
    private final String column;
    private final String reason;

    /**
     * @param line   1-based physical line, or 0 for the file as a whole
     * @param column the column's header name, or null when the problem is the line as a whole
     */
    public TableException(String source, int line, String column, String reason) {
        super(message(source, line, column, reason));
        this.source = source;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public String source() { return source; }

    /** 1-based physical line number, 0 for the whole file. */
    public int line() { return line; }

    /** The column's header name, or null. */
    public String column() { return column; }

    public String reason() { return reason; }

    private static String message(String source, int line, String column, String reason) {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) text.append(" line ").append(line);
        if (column != null) text.append(line > 0 ? ", column " : " column ").append(column);
        return text.append(": ").append(reason).toString();
    }
}
