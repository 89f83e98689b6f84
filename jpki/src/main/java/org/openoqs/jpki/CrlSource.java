package org.openoqs.jpki;

import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.util.Objects;

/**
 * Where a {@link CardVerifier} gets the current CRL of the virtual J-LIS. Implementations are called on every
 * verification and must be cheap and thread-safe; returning the same instance while nothing changed lets the verifier
 * keep its parsed set of revoked serials.
 */
@FunctionalInterface
public interface CrlSource {

    /** The CRL to check against now. */
    X509CRL current();

    /**
     * A PEM CRL file (e.g. {@link JpkiAuthority#crlFile()}), read at the first call and re-read whenever the file's
     * identity, modification time or size changes — one {@code stat} per call. If a changed file cannot be read, the
     * last good CRL stays in use and the problem is logged; without any good CRL calls fail.
     */
    static CrlSource file(Path crlPem) {
        return new FileCrlSource(crlPem);
    }

    /** Always the same CRL, e.g. for tests or a CRL fetched by other means. */
    static CrlSource fixed(X509CRL crl) {
        Objects.requireNonNull(crl, "crl");
        return () -> crl;
    }
}
