package org.openoqs.app.ca;

import java.nio.file.Path;
import org.openoqs.central.pki.IssuedCertificate;
import org.openoqs.central.pki.TerminalCertificate;

/** How {@code oqs ca} shows certificates. */
final class CaPrinting {
    private CaPrinting() {}

    static void printIssued(IssuedCertificate issued, Path out) {
        System.out.printf("serial:   %s%nsubject:  %s%nvalid:    %s – %s%nwritten:  %s%n", issued.serialHex(), issued.subject(),
                issued.certificate().getNotBefore().toInstant(), issued.certificate().getNotAfter().toInstant(), out);
    }

    static String line(TerminalCertificate c) {
        String state = c.revokedAt() == null ? "active" : "revoked " + c.revokedAt()
                + (c.revocationReason() == null ? "" : " (" + c.revocationReason() + ")");
        return String.format("%-32s  %s  %-20s  until %s  %s", c.serialNumber(), c.medicalInstitutionCode(), c.terminalId(),
                c.notAfter(), state);
    }
}
