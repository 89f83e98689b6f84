package org.openoqs.central.card;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import org.openoqs.jpki.CardVerifier;
import org.openoqs.jpki.CrlSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Central's trust in J-LIS: the 利用者証明用 CA certificate ({@code jpki-ca.pem}) and its CRL ({@code jpki-crl.pem}) in
 * {@code oqs.jpki.dir}. Central never holds the J-LIS key; it only reads what J-LIS publishes. The files are looked
 * for on use, so a central started before the virtual J-LIS was set up starts working once they appear; the CRL is
 * re-read whenever it changes (a revocation takes effect at the next check).
 */
@Component
public class JpkiTrust {
    static final String CA_FILE = "jpki-ca.pem";
    static final String CRL_FILE = "jpki-crl.pem";

    private final Path dir;
    private final Clock clock;
    private volatile CardVerifier verifier;

    public JpkiTrust(@Value("${oqs.jpki.dir:${oqs.data-dir}/jpki}") Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /** The verifier, or an {@link IllegalStateException} naming the missing file. */
    public CardVerifier verifier() {
        CardVerifier v = verifier;
        if (v != null) return v;
        synchronized (this) {
            if (verifier == null) verifier = load();
            return verifier;
        }
    }

    private CardVerifier load() {
        Path ca = dir.resolve(CA_FILE);
        Path crl = dir.resolve(CRL_FILE);
        if (!Files.isRegularFile(ca) || !Files.isRegularFile(crl)) {
            throw new IllegalStateException("JPKI trust anchor or CRL not found: " + ca.toAbsolutePath()
                    + " / " + crl.toAbsolutePath() + " (set oqs.jpki.dir; ./oqs jpki init creates them)");
        }
        return new CardVerifier(readCertificate(ca), CrlSource.file(crl), clock);
    }

    private static X509Certificate readCertificate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("cannot read the JPKI CA certificate " + file.toAbsolutePath() + ": "
                    + e.getMessage(), e);
        }
    }
}
