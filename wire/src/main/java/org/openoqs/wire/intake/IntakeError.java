package org.openoqs.wire.intake;

/**
 * One problem in an intake file: the line (the header is line 1), the column (an OQS element name, or null for
 * problems with the whole line) and the offending value.
 */
public record IntakeError(long line, String field, String value, String message) {
    @Override
    public String toString() {
        return "line " + line + (field == null ? "" : ", " + field) + ": " + message
                + (value == null ? "" : " (value '" + value + "')");
    }
}
