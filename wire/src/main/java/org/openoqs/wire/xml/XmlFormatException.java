package org.openoqs.wire.xml;

/** An XML file that is not acceptable: not well-formed, a DOCTYPE, a limit exceeded, bytes not in the declared encoding. */
public class XmlFormatException extends WireFormatException {

    public XmlFormatException(int line, int column, String reason) {
        this(line, column, reason, null);
    }

    public XmlFormatException(int line, int column, String reason, Throwable cause) {
        super(line, column, reason, cause);
    }

    /** For problems that have no position, such as an oversized input. */
    public XmlFormatException(String reason) {
        this(UNKNOWN, UNKNOWN, reason, null);
    }
}
