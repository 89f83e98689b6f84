package org.openoqs.central.confirmation;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Establishes which 医療機関 is calling (SPI). What an institution may see is decided from this, never from a code in
 * the request body. {@link ClaimedInstitution} is the development default; the terminal-certificate implementation
 * replaces it when mutual TLS is configured.
 */
public interface CallingInstitution {
    /** The caller's 医療機関コード; {@code claimedCode} is the MedicalInstitutionCode found in the message header. */
    String resolve(HttpServletRequest request, String claimedCode);
}
