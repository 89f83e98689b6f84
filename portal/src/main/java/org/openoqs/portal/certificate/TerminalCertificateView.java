package org.openoqs.portal.certificate;

import java.time.LocalDateTime;

/** A terminal certificate as the portal lists it, with its 状態 worked out at the time of listing. */
public record TerminalCertificateView(String serialNumber, String terminalId, LocalDateTime notBefore,
                                      LocalDateTime notAfter, LocalDateTime issuedAt, LocalDateTime revokedAt,
                                      String revocationReason, CertificateState state) {

    /** 状態 of a terminal certificate. */
    public enum CertificateState {
        ACTIVE("有効"), EXPIRING("有効（期限間近）"), EXPIRED("期限切れ"), REVOKED("失効");

        private final String label;

        CertificateState(String label) {
            this.label = label;
        }

        public String label() { return label; }

        public boolean usable() { return this == ACTIVE || this == EXPIRING; }
    }
}
