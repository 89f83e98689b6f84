package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509CRL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrlSourceTest {
    @TempDir Path dir;

    @Test
    void theFileIsReadOnceAndAgainAfterARevocation() {
        JpkiAuthority authority = TestJpki.authority();
        CrlSource source = CrlSource.file(authority.crlFile());
        X509CRL first = source.current();
        assertThat(source.current()).as("unchanged file, same instance").isSameAs(first);

        VirtualCard lost = TestJpki.issue();
        authority.revoke(lost.certificate().getSerialNumber());
        X509CRL second = source.current();
        assertThat(second).isNotSameAs(first);
        assertThat(second.getRevokedCertificate(lost.certificate())).isNotNull();
        assertThat(source.current()).isSameAs(second);
    }

    @Test
    void anUnreadableReplacementKeepsTheLastGoodCrl() throws Exception {
        Path file = dir.resolve("crl.pem");
        Files.copy(TestJpki.authority().crlFile(), file);
        CrlSource source = CrlSource.file(file);
        X509CRL good = source.current();

        Files.writeString(dir.resolve("bad.pem"), "-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n");
        Files.move(dir.resolve("bad.pem"), file, StandardCopyOption.REPLACE_EXISTING);
        assertThat(source.current()).isSameAs(good);
        assertThat(source.current()).isSameAs(good);

        Files.delete(file);
        assertThat(source.current()).as("file gone").isSameAs(good);

        Files.copy(TestJpki.foreignAuthority().crlFile(), file);
        assertThat(source.current()).isNotSameAs(good).isEqualTo(TestJpki.foreignAuthority().crl());
    }

    @Test
    void withoutAnyGoodCrlCallsFailNamingTheFile() throws Exception {
        Path missing = dir.resolve("missing.pem");
        assertThatThrownBy(() -> CrlSource.file(missing).current()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(missing.toString());
        Path garbage = dir.resolve("garbage.pem");
        Files.writeString(garbage, "garbage");
        CrlSource source = CrlSource.file(garbage);
        assertThatThrownBy(source::current).isInstanceOf(IllegalStateException.class).hasMessageContaining(garbage.toString());
        assertThatThrownBy(source::current).as("still failing").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFixedSourceAlwaysGivesItsCrl() {
        X509CRL crl = TestJpki.authority().crl();
        CrlSource source = CrlSource.fixed(crl);
        assertThat(source.current()).isSameAs(crl);
        assertThat(source.current()).isSameAs(crl);
        assertThatThrownBy(() -> CrlSource.fixed(null)).isInstanceOf(NullPointerException.class);
    }
}
