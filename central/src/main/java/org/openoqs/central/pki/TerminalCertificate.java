package org.openoqs.central.pki;

import java.time.Instant;

/** A terminal certificate as recorded at issue (table {@code terminal_certificate}); revocation fields are null until revoked. */
public record TerminalCertificate(String serialNumber, String medicalInstitutionCode, String terminalId, String subject,
                                  Instant notBefore, Instant notAfter, Instant issuedAt, Instant revokedAt,
                                  String revocationReason) {

    /** Registered, not revoked, and within its validity at {@code now}. */
    public boolean isActiveAt(Instant now) {
        return revokedAt == null && !now.isBefore(notBefore) && !now.isAfter(notAfter);
    }
}
