package org.openoqs.central.confirmation;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Development and demo default: trusts the MedicalInstitutionCode in the message header. Acceptable only while every
 * answer is the same whoever asks (照会区分 2 results are); anything institution-specific needs a certificate-based
 * {@link CallingInstitution}.
 */
public class ClaimedInstitution implements CallingInstitution {
    @Override
    public String resolve(HttpServletRequest request, String claimedCode) {
        return claimedCode;
    }
}
