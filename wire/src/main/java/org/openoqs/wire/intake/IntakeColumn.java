package org.openoqs.wire.intake;

/** A column of an intake CSV, named after the OQS element it fills (implemented by column enums). */
public interface IntakeColumn {
    /** The header name: the OQS element name. */
    String name();

    /** Whether the column must be in the header and non-empty in every row. */
    boolean required();
}
