package org.openoqs.central.confirmation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.openoqs.central.audit.AuditEvent;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.audit.AuditAction;
import org.openoqs.core.date.OqsDates;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.qualification.QualificationRecord;
import org.openoqs.wire.qualification.QualificationConfirmSearchInfo;

/**
 * The audit entries of one 照会区分 2 query (single or one unit of a 一括照会): one per person whose data the answer
 * disclosed — so both twins of a 複数該当 see it — or one without a PersonKey when nobody's was (該当資格なし, or a
 * query that could not be processed; kept, because repeated misses are how card-number guessing shows).
 *
 * <p>What an entry holds: the institution, the PersonKey, subject = the InsurerNumber queried (which of the patient's
 * insurances was used), outcome = the QualificationValidity code, or the ProcessingResultCode when the query could not
 * be processed, and detail = {@code QualificationConfirmationDate=yyyyMMdd}. Never the 記号・番号 or the birth date: the
 * trail cannot be erased, so it holds no more personal data than the PersonKey that ties it to the patient.
 */
public final class ConfirmationAuditEvents {
    private ConfirmationAuditEvents() {}

    public static List<AuditEvent> of(AuditAction action, String institutionCode, QualificationConfirmSearchInfo search,
                                      LocalDate date, PersonConfirmation person) {
        String subject = insurerNumber(search);
        String outcome = person.validity() != null ? person.validityCode() : person.code();
        String detail = "QualificationConfirmationDate=" + OqsDates.format(date);
        List<String> persons = person.records().stream().map(QualificationRecord::personKey).filter(Objects::nonNull)
                .distinct().toList();
        if (persons.isEmpty()) return List.of(new AuditEvent(action, institutionCode, null, subject, outcome, detail));
        return persons.stream().map(key -> new AuditEvent(action, institutionCode, key, subject, outcome, detail)).toList();
    }

    private static String insurerNumber(QualificationConfirmSearchInfo search) {
        if (search.insurerNumber() == null) return null;
        try {
            return InsurerNumber.parse(search.insurerNumber()).value();
        } catch (InvalidValueException e) {
            return null;
        }
    }
}
