package org.openoqs.core.adoption;

/**
 * An {@code institutions.csv} that cannot be read. The message names the file, the line and the column, e.g.
 * {@code institutions.csv line 7, column OperatingOn: not a date yyyy-MM-dd: '2023/02/19'}.
 */
public class InstitutionCsvException extends RuntimeException {
    private final String source;
    private final int line;
    private final String column;
    private final String reason;

    /**
     * @param line   1-based physical line, or 0 for the file as a whole
     * @param column the column's header name, or null when the problem is the line as a whole
     */
    public InstitutionCsvException(String source, int line, String column, String reason) {
        super(message(source, line, column, reason));
        this.source = source;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public String source() { return source; }

    public int line() { return line; }

    public String column() { return column; }

    public String reason() { return reason; }

    private static String message(String source, int line, String column, String reason) {
        StringBuilder text = new StringBuilder(source);
        if (line > 0) text.append(" line ").append(line);
        if (column != null) text.append(line > 0 ? ", column " : " column ").append(column);
        return text.append(": ").append(reason).toString();
    }
}
