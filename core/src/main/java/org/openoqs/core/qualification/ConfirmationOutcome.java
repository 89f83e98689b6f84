package org.openoqs.core.qualification;

import java.util.List;
import org.openoqs.core.code.QualificationValidity;

/**
 * The answer to a {@link ConfirmationQuery}: the 資格有効性 and the records to report (none for 該当資格なし, one per
 * matching person for 複数該当, otherwise one).
 */
public record ConfirmationOutcome(QualificationValidity validity, List<QualificationRecord> results) {
    public ConfirmationOutcome {
        results = List.copyOf(results);
    }
}
