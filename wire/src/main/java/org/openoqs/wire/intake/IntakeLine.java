package org.openoqs.wire.intake;

import java.util.List;

/**
 * One data line of an intake file: the value when the line is valid, otherwise null and the errors found on it.
 * Line numbers count CSV records, the header being line 1.
 */
public record IntakeLine<T>(long line, T value, List<IntakeError> errors) {
    public IntakeLine {
        errors = List.copyOf(errors);
    }

    public boolean valid() { return errors.isEmpty(); }
}
