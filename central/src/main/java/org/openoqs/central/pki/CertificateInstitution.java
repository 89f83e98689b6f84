package org.openoqs.central.pki;

import jakarta.servlet.http.HttpServletRequest;
import org.openoqs.central.confirmation.CallingInstitution;

/**
 * The calling institution is the 医療機関コード of the caller's terminal certificate, as established and checked by
 * {@link TerminalCertificateFilter}; the MedicalInstitutionCode in the message is ignored, so an institution cannot
 * ask in another's name ([I] oqs-interface §6: the terminal reaches OQS over mutual TLS with its own certificate).
 */
public class CertificateInstitution implements CallingInstitution {

    @Override
    public String resolve(HttpServletRequest request, String claimedCode) {
        Object code = request.getAttribute(TerminalCertificateFilter.INSTITUTION_CODE);
        if (code == null) {
            // The filter did not cover this path: a configuration error, never a reason to trust the claim.
            throw new IllegalStateException("no terminal certificate was checked for " + request.getRequestURI());
        }
        return (String) code;
    }
}
