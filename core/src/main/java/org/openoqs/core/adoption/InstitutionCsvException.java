package org.openoqs.core.adoption;

import org.openoqs.core.table.TableException;

/**
 * An {@code institutions.csv} that cannot be read. The message names the file, the line and the column, e.g.
 * {@code institutions.csv line 7, column OperatingOn: not a date yyyy-MM-dd: '2023/02/19'}. A {@link TableException}
 * so that callers reporting file/line/column problems treat every table alike.
 */
public class InstitutionCsvException extends TableException {
    /**
     * @param line   1-based physical line, or 0 for the file as a whole
     * @param column the column's header name, or null when the problem is the line as a whole
     */
    public InstitutionCsvException(String source, int line, String column, String reason) {
        super(source, line, column, reason);
    }
}
