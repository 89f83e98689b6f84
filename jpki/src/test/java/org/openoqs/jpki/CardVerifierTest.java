package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openoqs.jpki.CardRejectedException.Reason;

class CardVerifierTest {
    private static final byte[] CHALLENGE = "a 32-byte challenge from central".getBytes(StandardCharsets.US_ASCII);
    private static VirtualCard card;
    private static VirtualCard otherCard;

    private final CardVerifier verifier = TestJpki.verifier(TestJpki.CLOCK);

    @BeforeAll
    static void issue() {
        card = TestJpki.card();
        otherCard = TestJpki.otherCard();
    }

    @Test
    void aGenuineCardAndItsSignaturePass() throws Exception {
        VerifiedCard verified = verifier.verify(card.certificate().getEncoded(), CHALLENGE, card.signWithPin(CHALLENGE, TestJpki.PIN));
        assertThat(verified.certificate()).isEqualTo(card.certificate());
        assertThat(verified.certificateSerial()).isEqualTo(card.certificateSerial())
                .isEqualTo(verified.certificateSerial().toUpperCase());
        assertThat(verified.facts()).isEqualTo(TestJpki.YAMADA);
        assertThat(verifier.verifyCertificate(card.certificate().getEncoded())).isEqualTo(verified);
        assertThat(verifier.trustAnchor()).isEqualTo(TestJpki.authority().caCertificate());
    }

    @Test
    void garbageIsMalformed() throws Exception {
        assertRejected(Reason.MALFORMED, () -> verifier.verifyCertificate("not a certificate".getBytes(StandardCharsets.UTF_8)));
        assertRejected(Reason.MALFORMED, () -> verifier.verifyCertificate(new byte[0]));
        assertRejected(Reason.MALFORMED, () -> verifier.verifyCertificate(null));
        byte[] truncated = java.util.Arrays.copyOf(card.certificate().getEncoded(), 200);
        assertRejected(Reason.MALFORMED, () -> verifier.verifyCertificate(truncated));
    }

    @Test
    void aCardFromAnotherCaIsUntrusted() {
        VirtualCard foreign = TestJpki.foreignAuthority().issue(TestJpki.YAMADA, TestJpki.PIN, TestJpki.FACE, TestJpki.ISSUED_ON);
        assertThat(foreign.certificate().getIssuerX500Principal()).as("same name, other key")
                .isEqualTo(card.certificate().getIssuerX500Principal());
        assertRejected(Reason.UNTRUSTED, () -> verifier.verify(foreign.certificate().getEncoded(), CHALLENGE,
                foreign.signAfterFaceMatch(CHALLENGE, new FaceMatch(1, 0.8))));
    }

    @Test
    void theCaCertificateItselfIsNotACard() {
        assertRejected(Reason.UNTRUSTED, () -> verifier.verifyCertificate(TestJpki.authority().caCertificate().getEncoded()));
    }

    @Test
    void outsideTheValidityPeriodIsExpired() {
        Instant notAfter = card.certificate().getNotAfter().toInstant();
        Instant notBefore = card.certificate().getNotBefore().toInstant();
        assertThat(TestJpki.verifier(at(notAfter)).verifyCertificate(der(card))).isNotNull();
        assertRejected(Reason.EXPIRED, () -> TestJpki.verifier(at(notAfter.plusSeconds(1))).verifyCertificate(der(card)));
        assertRejected(Reason.EXPIRED, () -> TestJpki.verifier(at(notBefore.minusSeconds(1))).verifyCertificate(der(card)));
    }

    @Test
    void aRevokedCardIsRefusedFromTheNextCallOn() {
        VirtualCard lost = TestJpki.issue();
        assertThat(verifier.verifyCertificate(der(lost))).isNotNull();
        TestJpki.authority().revoke(lost.certificate().getSerialNumber());
        assertRejected(Reason.REVOKED, () -> verifier.verifyCertificate(der(lost)));
        assertThat(verifier.verifyCertificate(der(card))).as("others unaffected").isNotNull();
    }

    @Test
    void anOverdueCrlIsStillUsed() {
        VirtualCard lost = TestJpki.issue();
        TestJpki.authority().revoke(lost.certificate().getSerialNumber());
        CardVerifier late = TestJpki.verifier(at(TestJpki.authority().crl().getNextUpdate().toInstant().plusSeconds(86_400)));
        assertRejected(Reason.REVOKED, () -> late.verifyCertificate(der(lost)));
        assertThat(late.verifyCertificate(der(card))).isNotNull();
    }

    @Test
    void aSignatureOverAnotherChallengeOrByAnotherCardIsBad() throws Exception {
        byte[] signature = card.signWithPin(CHALLENGE, TestJpki.PIN);
        byte[] otherChallenge = "another challenge".getBytes(StandardCharsets.US_ASCII);
        assertRejected(Reason.BAD_SIGNATURE, () -> verifier.verify(der(card), otherChallenge, signature));
        byte[] byOther = otherCard.signWithPin(CHALLENGE, TestJpki.PIN);
        assertRejected(Reason.BAD_SIGNATURE, () -> verifier.verify(der(card), CHALLENGE, byOther));
        assertRejected(Reason.BAD_SIGNATURE, () -> verifier.verify(der(card), CHALLENGE, null));
        assertRejected(Reason.BAD_SIGNATURE, () -> verifier.verify(der(card), CHALLENGE, new byte[] {1, 2, 3}));
        byte[] flipped = signature.clone();
        flipped[10] ^= 1;
        assertRejected(Reason.BAD_SIGNATURE, () -> verifier.verify(der(card), CHALLENGE, flipped));
        assertThatThrownBy(() -> verifier.verify(der(card), new byte[0], signature)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTrustedCertificateWithoutTheFactsIsMalformed() throws Exception {
        PrivateKey caKey = Pem.readPrivateKey(TestJpki.authority().directory().resolve(JpkiAuthority.CA_KEY_FILE));
        X509Certificate ca = TestJpki.authority().caCertificate();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca, BigInteger.valueOf(7),
                card.certificate().getNotBefore(), card.certificate().getNotAfter(), new X500Name("CN=7,O=OpenOQS Virtual JPKI,C=JP"),
                card.certificate().getPublicKey());
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        X509Certificate bare = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKey)));
        assertRejected(Reason.MALFORMED, () -> verifier.verifyCertificate(bare.getEncoded()));
    }

    @Test
    void aCrlNotSignedByTheAnchorStopsVerification() {
        CardVerifier confused = new CardVerifier(TestJpki.authority().caCertificate(),
                CrlSource.fixed(TestJpki.foreignAuthority().crl()), TestJpki.CLOCK);
        assertThatThrownBy(() -> confused.verifyCertificate(der(card))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CRL");
    }

    private static byte[] der(VirtualCard c) {
        try {
            return c.certificate().getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static void assertRejected(Reason reason, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CardRejectedException.class,
                e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason));
    }
}
