package org.openoqs.core;

/**
 * A value that breaks a domain rule. Carries the OQS element name of the field and the offending value, so every
 * layer above (intake report, XML error result, REST problem) can name exactly what was wrong.
 */
public class InvalidValueException extends IllegalArgumentException {
    private final String field;
    private final String value;
    private final String reason;

    public InvalidValueException(String field, String value, String reason) {
        super(field + ": " + reason + (value == null ? "" : " (value '" + value + "')"));
        this.field = field;
        this.value = value;
        this.reason = reason;
    }

    /** The OQS element name, e.g. {@code InsurerNumber}. */
    public String field() { return field; }

    /** The raw value as received, or null when the value was missing. */
    public String value() { return value; }

    /** Human-readable reason, without the field name. */
    public String reason() { return reason; }
}
