package org.openoqs.wire.xml;

/** A JSON message that cannot be turned into an OQS XmlMsg tree: not JSON, wrong shape, a limit exceeded. */
public class JsonFormatException extends WireFormatException {

    public JsonFormatException(int line, int column, String reason, Throwable cause) {
        super(line, column, reason, cause);
    }

    /** For problems found after parsing, located by element path instead of line. */
    public JsonFormatException(String reason) {
        super(UNKNOWN, UNKNOWN, reason, null);
    }
}
