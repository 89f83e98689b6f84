package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class CertificateSerialTest {

    @Test
    void hexIsUpperCaseWithoutLeadingZeros() {
        assertThat(CertificateSerial.hex(new BigInteger("0a1b2c", 16))).isEqualTo("A1B2C");
    }

    @Test
    void parseAcceptsWhatHexPrintsLowerCaseAndColons() {
        BigInteger serial = new BigInteger("7f3e00aa12", 16);
        assertThat(CertificateSerial.parse(CertificateSerial.hex(serial))).isEqualTo(serial);
        assertThat(CertificateSerial.parse(" 7f:3e:00:aa:12 ")).isEqualTo(serial);
    }

    @Test
    void parseRefusesNonHex() {
        for (String bad : new String[] {"", "xyz", "12-34", "1".repeat(41)}) {
            assertThatThrownBy(() -> CertificateSerial.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("serial");
        }
        assertThatThrownBy(() -> CertificateSerial.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
