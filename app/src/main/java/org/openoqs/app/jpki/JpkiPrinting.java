package org.openoqs.app.jpki;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import org.openoqs.jpki.IssuedCardRecord;

/** How {@code oqs jpki} shows certificates and cards. */
final class JpkiPrinting {
    private JpkiPrinting() {}

    /** SHA-256 over the DER, as colon-separated upper-case hex (the form browsers and openssl show). */
    static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String line(IssuedCardRecord r) {
        return String.format("%-32s  %s  %s – %s  %-7s  %s", r.serialHex(), r.cardId(), r.issuedOn(), r.validUntil(),
                r.revoked() ? "revoked" : "active", r.facts().name());
    }
}
