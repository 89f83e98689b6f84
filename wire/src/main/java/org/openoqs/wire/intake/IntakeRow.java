package org.openoqs.wire.intake;

import java.util.List;
import org.openoqs.core.qualification.QualificationRecord;

/** One data line of an intake file: the record when the line is valid, otherwise the errors found on it. */
public record IntakeRow(long line, QualificationRecord record, List<IntakeError> errors) {
    public boolean valid() { return errors.isEmpty(); }
}
