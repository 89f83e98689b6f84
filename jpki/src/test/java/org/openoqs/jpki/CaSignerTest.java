package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.X509CRL;
import java.time.Duration;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.junit.jupiter.api.Test;

class CaSignerTest {

    private static CaSigner shared() throws IOException {
        JpkiAuthority authority = TestJpki.authority();
        return CaSigner.of(authority.caCertificate(),
                Pem.readPrivateKey(authority.directory().resolve(JpkiAuthority.CA_KEY_FILE)), "key");
    }

    @Test
    void crlsAreNumberedAndKeepEarlierEntries() throws Exception {
        CaSigner ca = shared();
        X509CRL empty = ca.crl(null, TestJpki.NOW, Duration.ofDays(7), null, null);
        empty.verify(ca.certificate().getPublicKey());
        assertThat(empty.getRevokedCertificates()).isNull();
        assertThat(number(empty)).isEqualTo(1);
        assertThat(empty.getNextUpdate().toInstant()).isEqualTo(TestJpki.NOW.plus(Duration.ofDays(7)));

        X509CRL one = ca.crl(empty, TestJpki.NOW.plusSeconds(10), Duration.ofDays(7), BigInteger.valueOf(11),
                RevocationReason.KEY_COMPROMISE);
        X509CRL two = ca.crl(one, TestJpki.NOW.plusSeconds(20), Duration.ofDays(7), BigInteger.valueOf(12),
                RevocationReason.CESSATION_OF_OPERATION);
        assertThat(number(two)).isEqualTo(3);
        assertThat(two.getRevokedCertificate(BigInteger.valueOf(11)).getRevocationDate().toInstant())
                .isEqualTo(TestJpki.NOW.plusSeconds(10));
        assertThat(two.getRevokedCertificate(BigInteger.valueOf(12)).getRevocationReason().ordinal())
                .isEqualTo(RevocationReason.CESSATION_OF_OPERATION.code());
    }

    @Test
    void aKeyFromAnotherCaIsRefusedNamingItsSource() throws Exception {
        JpkiAuthority foreign = TestJpki.foreignAuthority();
        assertThatThrownBy(() -> CaSigner.of(TestJpki.authority().caCertificate(),
                Pem.readPrivateKey(foreign.directory().resolve(JpkiAuthority.CA_KEY_FILE)), "/some/jpki-ca-key.pem"))
                .isInstanceOf(IOException.class).hasMessageStartingWith("/some/jpki-ca-key.pem does not belong");
    }

    @Test
    void serialsArePositiveAndFitSixteenBytes() {
        for (int i = 0; i < 1_000; i++) {
            BigInteger serial = CaSigner.randomSerial();
            assertThat(serial.signum()).isPositive();
            assertThat(serial.bitLength()).isLessThanOrEqualTo(127);
        }
    }

    private static long number(X509CRL crl) {
        return CRLNumber.getInstance(ASN1OctetString.getInstance(crl.getExtensionValue("2.5.29.20")).getOctets())
                .getCRLNumber().longValueExact();
    }
}
