package org.openoqs.central.patient;

import java.util.List;
import org.springframework.stereotype.Service;

/** What the patient page shows of the audit trail, and what it adds to it (sign-in, withdrawal). */
@Service
public class PatientHistory {

    /** One line of the patient's 閲覧記録. */
    public record View(String at, String institutionCode, String what, String outcome) {}

    public List<View> viewsOf(String personKey) {
        return List.of();
    }

    public void signedIn(String personKey) {
    }

    public void withdrew(String personKey, long consentId) {
    }
}
