package org.openoqs.jpki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * One CRL, checked once against the trust anchor and turned into a set of revoked serials, so that a revocation check
 * on the hot path is one hash lookup. Logs once when the CRL is past its nextUpdate: an overdue CRL is still the best
 * knowledge there is, and refusing every card because the authority has not re-signed it would stop every reception.
 */
final class RevokedSerials {
    private static final System.Logger LOG = System.getLogger(RevokedSerials.class.getName());

    private final X509CRL crl;
    private final Set<BigInteger> serials;
    private volatile boolean overdueLogged;

    private RevokedSerials(X509CRL crl, Set<BigInteger> serials) {
        this.crl = crl;
        this.serials = serials;
    }

    /** The CRL's serials; an {@link IllegalStateException} when the anchor did not sign it (fail closed). */
    static RevokedSerials of(X509CRL crl, X509Certificate anchor) {
        if (!crl.getIssuerX500Principal().equals(anchor.getSubjectX500Principal())) {
            throw new IllegalStateException("the CRL is issued by " + crl.getIssuerX500Principal() + ", not by the trust anchor "
                    + anchor.getSubjectX500Principal());
        }
        try {
            crl.verify(anchor.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the CRL is not signed by the trust anchor: " + e.getMessage(), e);
        }
        Set<BigInteger> serials = new HashSet<>();
        Set<? extends X509CRLEntry> entries = crl.getRevokedCertificates();
        if (entries != null) entries.forEach(entry -> serials.add(entry.getSerialNumber()));
        return new RevokedSerials(crl, Set.copyOf(serials));
    }

    /** Whether this snapshot was made from {@code other} (the very same instance). */
    boolean isOf(X509CRL other) {
        return crl == other;
    }

    boolean contains(BigInteger serial, Instant now) {
        if (!overdueLogged && crl.getNextUpdate() != null && now.isAfter(crl.getNextUpdate().toInstant())) {
            overdueLogged = true;
            LOG.log(System.Logger.Level.WARNING, "the JPKI CRL (thisUpdate {0}) was due to be replaced at {1}; still using it",
                    crl.getThisUpdate().toInstant(), crl.getNextUpdate().toInstant());
        }
        return serials.contains(serial);
    }
}
