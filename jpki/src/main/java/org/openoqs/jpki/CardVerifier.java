package org.openoqs.jpki;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;
import org.openoqs.core.identity.BasicFourFacts;
import org.openoqs.jpki.CardRejectedException.Reason;

/**
 * Central's check of a My Number card: the certificate chains to the virtual J-LIS trust anchor, is valid at the
 * clock, is not on the CRL, carries well-formed 基本4情報 — and, for {@link #verify}, the card's key signed the
 * challenge (SHA256withRSA). Anything else is a {@link CardRejectedException} with its {@link Reason}.
 *
 * <p>The hierarchy has one level (J-LIS CA → card), so the chain check is done directly — issuer name, the anchor's
 * signature, an end-entity certificate with digitalSignature — instead of through a PKIX CertPathValidator, which would
 * rebuild its revocation state on every call. Built for a server hot path: no locks; the parsed CRL and its set of
 * revoked serials are cached and rebuilt only when the {@link CrlSource} hands out a different CRL; revocation lookup
 * is a hash lookup. A CRL past its nextUpdate is still used, and logged once.
 */
public final class CardVerifier {
    private final X509Certificate trustAnchor;
    private final X500Principal anchorSubject;
    private final PublicKey anchorKey;
    private final CrlSource crls;
    private final Clock clock;
    private volatile RevokedSerials revoked;

    public CardVerifier(X509Certificate trustAnchor, CrlSource crls, Clock clock) {
        this.trustAnchor = Objects.requireNonNull(trustAnchor, "trustAnchor");
        this.anchorSubject = trustAnchor.getSubjectX500Principal();
        this.anchorKey = trustAnchor.getPublicKey();
        this.crls = Objects.requireNonNull(crls, "crls");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Checks a card certificate alone — for a path where the card signs nothing (目視確認) or to read its facts.
     * Proves possession of nothing: anyone may hold a copy of a certificate.
     */
    public VerifiedCard verifyCertificate(byte[] certificateDer) {
        X509Certificate certificate = parse(certificateDer);
        Instant now = clock.instant();
        checkIssuer(certificate);
        checkValidity(certificate, now);
        checkRevocation(certificate.getSerialNumber(), now);
        BasicFourFacts facts = CardFacts.read(certificate);
        return new VerifiedCard(certificate, CertificateSerial.hex(certificate), facts);
    }

    /**
     * Checks the certificate as {@link #verifyCertificate} does and that {@code signature} is the card key's
     * SHA256withRSA signature over {@code challenge}. A missing or empty signature is {@link Reason#BAD_SIGNATURE}.
     */
    public VerifiedCard verify(byte[] certificateDer, byte[] challenge, byte[] signature) {
        if (challenge == null || challenge.length == 0) throw new IllegalArgumentException("challenge must not be empty");
        VerifiedCard card = verifyCertificate(certificateDer);
        checkSignature(card.certificate(), challenge, signature);
        return card;
    }

    public X509Certificate trustAnchor() {
        return trustAnchor;
    }

    private static X509Certificate parse(byte[] der) {
        if (der == null || der.length == 0) throw new CardRejectedException(Reason.MALFORMED, "no certificate");
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | RuntimeException e) {
            throw new CardRejectedException(Reason.MALFORMED, "not an X.509 certificate: " + e.getMessage(), e);
        }
    }

    private void checkIssuer(X509Certificate certificate) {
        if (!certificate.getIssuerX500Principal().equals(anchorSubject)) {
            throw new CardRejectedException(Reason.UNTRUSTED, "issued by " + certificate.getIssuerX500Principal()
                    + ", not by the JPKI trust anchor " + anchorSubject);
        }
        try {
            certificate.verify(anchorKey);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new CardRejectedException(Reason.UNTRUSTED, "the certificate's signature is not the JPKI CA's: " + e.getMessage(), e);
        }
        if (certificate.getBasicConstraints() != -1) {
            throw new CardRejectedException(Reason.UNTRUSTED, "a CA certificate, not a card's");
        }
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage == null || !keyUsage[0]) {
            throw new CardRejectedException(Reason.UNTRUSTED, "the certificate is not for digital signatures");
        }
    }

    private static void checkValidity(X509Certificate certificate, Instant now) {
        try {
            certificate.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            throw new CardRejectedException(Reason.EXPIRED, "the certificate expired at " + certificate.getNotAfter().toInstant(), e);
        } catch (CertificateNotYetValidException e) {
            throw new CardRejectedException(Reason.EXPIRED, "the certificate is valid only from " + certificate.getNotBefore().toInstant(), e);
        }
    }

    private void checkRevocation(BigInteger serial, Instant now) {
        if (revokedSerials().contains(serial, now)) {
            throw new CardRejectedException(Reason.REVOKED, "the certificate " + CertificateSerial.hex(serial) + " is revoked");
        }
    }

    /** The cached set for the source's current CRL; racing threads may both build it, which is harmless. */
    private RevokedSerials revokedSerials() {
        X509CRL crl = crls.current();
        RevokedSerials snapshot = revoked;
        if (snapshot == null || !snapshot.isOf(crl)) {
            snapshot = RevokedSerials.of(crl, trustAnchor);
            revoked = snapshot;
        }
        return snapshot;
    }

    private static void checkSignature(X509Certificate certificate, byte[] challenge, byte[] signature) {
        if (signature == null || signature.length == 0) throw new CardRejectedException(Reason.BAD_SIGNATURE, "no signature");
        boolean valid;
        try {
            Signature verifier = Signature.getInstance(VirtualCard.SIGNATURE_ALGORITHM);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(challenge);
            valid = verifier.verify(signature);
        } catch (SignatureException e) {
            throw new CardRejectedException(Reason.BAD_SIGNATURE, "the signature is not well formed: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new CardRejectedException(Reason.BAD_SIGNATURE, "cannot verify the signature: " + e.getMessage(), e);
        }
        if (!valid) {
            throw new CardRejectedException(Reason.BAD_SIGNATURE, "the signature does not match the challenge and the card's key");
        }
    }
}
