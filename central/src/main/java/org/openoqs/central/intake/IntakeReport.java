package org.openoqs.central.intake;

import java.util.List;
import org.openoqs.wire.intake.IntakeError;

/**
 * The result of one intake. A file is all-or-nothing: {@code accepted} is false when any line was invalid, and then
 * nothing was stored. {@code errors} lists every problem up to a configured cap; {@code errorCount} counts them all.
 */
public record IntakeReport(long intakeId, String fileName, boolean accepted, long rows, long inserted, long updated,
                           long unchanged, long errorCount, List<IntakeError> errors) {

    /** One line for a terminal: counts, or the number of errors. */
    public String summary() {
        return accepted
                ? String.format("accepted %s: %,d rows (%,d new, %,d updated, %,d unchanged)", fileName, rows, inserted, updated, unchanged)
                : String.format("rejected %s: %,d error(s) in %,d rows; nothing was stored", fileName, errorCount, rows);
    }
}
