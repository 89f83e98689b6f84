package org.openoqs.central.confirmation;

import java.time.LocalDateTime;
import java.util.List;
import org.openoqs.core.code.QualificationValidity;
import org.openoqs.core.qualification.QualificationRecord;
import org.openoqs.wire.qualification.ResultItem;
import org.openoqs.wire.qualification.ResultOfQualificationConfirmation;

/**
 * The answer for one person: the ProcessingResult fields, the 資格有効性 (null when the query could not be processed)
 * and the records to report.
 */
public record PersonConfirmation(String status, String code, String message, QualificationValidity validity,
                                 List<QualificationRecord> records, boolean limitConsent) {

    public String validityCode() {
        return validity == null ? null : validity.code();
    }

    /** The single person a qualification answer is about, when there is exactly one (not for 複数該当). */
    public QualificationRecord onlyRecord() {
        return records.size() == 1 ? records.get(0) : null;
    }

    public List<ResultOfQualificationConfirmation> resultsOfQualificationConfirmation(LocalDateTime now) {
        return records.stream().map(r -> QualificationResultMapper.toResult(r, limitConsent, now)).toList();
    }

    /** As the ResultList of an OQSsiquc01res. */
    public List<ResultItem> results(LocalDateTime now) {
        return resultsOfQualificationConfirmation(now).stream().map(ResultItem::new).toList();
    }
}
