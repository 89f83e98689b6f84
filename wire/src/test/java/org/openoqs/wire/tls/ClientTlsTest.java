package org.openoqs.wire.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ClientTls over key stores made by the JDK's keytool (wire has no certificate library, on purpose). */
class ClientTlsTest {
    @TempDir static Path dir;
    static Path client;
    static Path trust;

    @BeforeAll
    static void keyStores() throws Exception {
        client = dir.resolve("client.p12");
        trust = dir.resolve("trust.p12");
        keytool("-genkeypair", "-alias", "t", "-keyalg", "EC", "-dname", "CN=t", "-keystore", client, "-storetype", "PKCS12",
                "-storepass", "secret");
        keytool("-exportcert", "-alias", "t", "-keystore", client, "-storepass", "secret", "-file", dir.resolve("t.cer"));
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", dir.resolve("t.cer"), "-keystore", trust,
                "-storetype", "PKCS12", "-storepass", "changeit");
    }

    static void keytool(Object... args) throws Exception {
        List<String> command = Stream.concat(Stream.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()),
                Stream.of(args).map(String::valueOf)).toList();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
    }

    @Test
    void buildsAContextWithTheClientKeyAndTheTrustStore() throws Exception {
        var context = ClientTls.sslContext(client, "secret".toCharArray(), trust, "changeit".toCharArray());
        assertThat(context.getProtocol()).isEqualTo("TLS");
        assertThat(context.createSSLEngine().getSupportedProtocols()).contains("TLSv1.3");
    }

    @Test
    void wrongPasswordIsAnError() {
        assertThatThrownBy(() -> ClientTls.sslContext(client, "wrong".toCharArray(), trust, "changeit".toCharArray()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void trustOnlyPresentsNoCertificate() throws Exception {
        assertThat(ClientTls.trustOnly(trust, "changeit".toCharArray()).getProtocol()).isEqualTo("TLS");
    }
}
