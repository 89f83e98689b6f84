package org.openoqs.wire.xml;

/**
 * A file or message that cannot be accepted, with the position when known. The message reads
 * {@code "line 3, column 14: <reason>"} so it can go straight into an OQS {@code .err} file or a log.
 */
public abstract class WireFormatException extends RuntimeException {

    /** Marks an unknown line or column. */
    public static final int UNKNOWN = -1;

    private final int line;
    private final int column;
    private final String reason;

    protected WireFormatException(int line, int column, String reason, Throwable cause) {
        super(format(line, column, reason), cause);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** 1-based line, or {@link #UNKNOWN}. */
    public int line() { return line; }

    /** 1-based column, or {@link #UNKNOWN}. */
    public int column() { return column; }

    /** The reason without the position prefix. */
    public String reason() { return reason; }

    private static String format(int line, int column, String reason) {
        if (line <= 0) {
            return reason;
        }
        return column > 0 ? "line " + line + ", column " + column + ": " + reason : "line " + line + ": " + reason;
    }
}
