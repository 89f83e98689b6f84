package org.openoqs.jpki;

import java.math.BigInteger;
import java.time.LocalDate;
import org.openoqs.core.identity.BasicFourFacts;

/**
 * One card certificate a {@link JpkiAuthority} has issued, as its index records it.
 *
 * @param serial     the certificate's serial number
 * @param cardId     the card it went onto
 * @param facts      the 基本4情報 written into the certificate
 * @param issuedOn   the day of issuance (first day of validity)
 * @param validUntil the last day of validity (the 5th birthday after issuance)
 * @param revoked    whether the authority's CRL lists it
 */
public record IssuedCardRecord(BigInteger serial, String cardId, BasicFourFacts facts, LocalDate issuedOn,
                               LocalDate validUntil, boolean revoked) {

    /** The serial in upper-case hexadecimal, as {@link VerifiedCard#certificateSerial()} has it. */
    public String serialHex() {
        return CertificateSerial.hex(serial);
    }
}
