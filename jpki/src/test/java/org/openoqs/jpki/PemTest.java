package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PemTest {
    @TempDir Path dir;

    @Test
    void certificateKeyAndCrlRoundTrip() throws Exception {
        JpkiAuthority authority = TestJpki.authority();
        Files.write(dir.resolve("ca.pem"), Pem.encode(authority.caCertificate()));
        Files.write(dir.resolve("crl.pem"), Pem.encode(authority.crl()));
        VirtualCard card = TestJpki.card();
        Files.write(dir.resolve("key.pem"), Pem.encode(card.privateKey()));
        assertThat(Pem.readCertificate(dir.resolve("ca.pem"))).isEqualTo(authority.caCertificate());
        assertThat(Pem.readCrl(dir.resolve("crl.pem"))).isEqualTo(authority.crl());
        assertThat(Pem.readPrivateKey(dir.resolve("key.pem"))).isEqualTo(card.privateKey());
        assertThat(Files.readString(dir.resolve("key.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
    }

    @Test
    void theWrongKindOfFileIsNamed() throws Exception {
        Path ca = dir.resolve("ca.pem");
        Files.write(ca, Pem.encode(TestJpki.authority().caCertificate()));
        assertThatThrownBy(() -> Pem.readCrl(ca)).isInstanceOf(IOException.class).hasMessage(ca + ": not a PEM CRL");
        assertThatThrownBy(() -> Pem.readPrivateKey(ca)).isInstanceOf(IOException.class).hasMessageContaining(ca.toString());
        Path empty = dir.resolve("empty.pem");
        Files.writeString(empty, "hello");
        assertThatThrownBy(() -> Pem.readCertificate(empty)).isInstanceOf(IOException.class)
                .hasMessage(empty + ": no PEM content");
    }
}
