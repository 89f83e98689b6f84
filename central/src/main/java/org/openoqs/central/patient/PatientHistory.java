package org.openoqs.central.patient;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openoqs.central.audit.AuditEvent;
import org.openoqs.central.audit.AuditTrail;
import org.openoqs.core.audit.AuditAction;
import org.openoqs.core.audit.AuditRecord;
import org.openoqs.core.code.OqsCode;
import org.openoqs.core.code.QualificationValidity;
import org.springframework.stereotype.Service;

/**
 * The patient page's view of the audit trail — which institution saw what and when — and what the page itself adds
 * to it (sign-in, withdrawal), so the patient's own actions are on the same tamper-evident record.
 */
@Service
public class PatientHistory {
    /** How many of the newest entries the page lists. */
    static final int PAGE = 200;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    private final AuditTrail audit;

    public PatientHistory(AuditTrail audit) {
        this.audit = audit;
    }

    /** One line of the patient's 閲覧記録. */
    public record View(String at, String institutionCode, String what, String outcome) {}

    public List<View> viewsOf(String personKey) {
        return audit.findByPerson(personKey, PAGE, 0).stream().map(s -> view(s.record())).toList();
    }

    public void signedIn(String personKey) {
        audit.append(new AuditEvent(AuditAction.PATIENT_SIGN_IN, null, personKey, null, null, null));
    }

    public void withdrew(String personKey, long consentId) {
        audit.append(new AuditEvent(AuditAction.CONSENT_WITHDRAWN, null, personKey, "consent " + consentId, "PATIENT", null));
    }

    private static View view(AuditRecord r) {
        String what = r.action().label() + (r.subject() == null ? "" : "（" + r.subject() + "）");
        return new View(r.recordedAt().format(AT), r.institutionCode() == null ? "—" : r.institutionCode(), what,
                outcome(r));
    }

    private static String outcome(AuditRecord r) {
        if (r.outcome() == null) return "";
        if (r.action().referenceClassification().isPresent()) {
            return OqsCode.find(QualificationValidity.class, r.outcome()).map(QualificationValidity::label).orElse(r.outcome());
        }
        return r.outcome();
    }
}
