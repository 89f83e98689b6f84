package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.cert.X509CRL;
import org.junit.jupiter.api.Test;

class RevokedSerialsTest {

    @Test
    void holdsTheCrlsSerials() {
        VirtualCard lost = TestJpki.issue();
        TestJpki.authority().revoke(lost.certificate().getSerialNumber());
        X509CRL crl = TestJpki.authority().crl();
        RevokedSerials serials = RevokedSerials.of(crl, TestJpki.authority().caCertificate());
        assertThat(serials.isOf(crl)).isTrue();
        assertThat(serials.isOf(TestJpki.foreignAuthority().crl())).isFalse();
        assertThat(serials.contains(lost.certificate().getSerialNumber(), TestJpki.NOW)).isTrue();
        assertThat(serials.contains(BigInteger.TEN, TestJpki.NOW)).isFalse();
        assertThat(serials.contains(lost.certificate().getSerialNumber(), TestJpki.NOW.plusSeconds(30 * 86_400)))
                .as("overdue, still used").isTrue();
    }

    @Test
    void aCrlFromAnotherCaIsRefused() {
        assertThatThrownBy(() -> RevokedSerials.of(TestJpki.foreignAuthority().crl(), TestJpki.authority().caCertificate()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not signed by the trust anchor");
    }
}
