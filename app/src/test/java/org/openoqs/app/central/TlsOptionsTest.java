package org.openoqs.app.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.app.AppTestSupport;
import org.openoqs.central.pki.Pkcs12;
import org.openoqs.central.pki.TerminalCertificateService;
import org.openoqs.wire.tls.ClientTls;
import picocli.CommandLine;

/** {@code oqs serve --tls}: central over HTTPS with the data directory's CA, reachable by an issued terminal. */
class TlsOptionsTest {
    static final String CLAIMING_OTHER = "{\"XmlMsg\":{\"MessageHeader\":{\"QualificationConfirmationDate\":\"20260501\","
            + "\"MedicalInstitutionCode\":\"1312345679\"},\"MessageBody\":{\"QualificationConfirmSearchInfo\":{"
            + "\"InsurerNumber\":\"01130012\",\"InsuredIdentificationNumber\":\"5678\",\"Birthdate\":\"19800415\"}}}}";
    @TempDir Path dir;

    @Test
    void withoutOptionsCentralStaysOnPlainHttp() throws Exception {
        TlsOptions options = new TlsOptions();
        new CommandLine(options).parseArgs();
        assertThat(options.enabled()).isFalse();
        assertThat(options.properties(dir)).isEmpty();
    }

    @Test
    void tlsFromTheDataDirectoryServesIssuedTerminalsAndReusesTheServerCertificate() throws Exception {
        Path data = dir.resolve("data");
        TlsOptions options = new TlsOptions();
        new CommandLine(options).parseArgs("--tls");
        Map<String, Object> properties = options.properties(data);
        assertThat(properties).containsEntry("server.ssl.client-auth", "need").containsEntry("oqs.tls.enabled", "true");
        assertThat(options.properties(data)).as("server certificate reused").isEqualTo(properties);

        int port = AppTestSupport.freePort();
        try (var central = CentralServer.start(port, new CentralServer.Store(data, null, null, null), properties)) {
            var issued = central.getBean(TerminalCertificateService.class).issueTerminal("3410712362", "reception-1");
            Path key = dir.resolve("terminal.p12");
            Pkcs12.write(key, issued.toKeyStore("pw".toCharArray()), "pw".toCharArray());
            Path trust = Path.of(properties.get("server.ssl.trust-store").toString().substring("file:".length()));
            char[] trustPassword = properties.get("server.ssl.trust-store-password").toString().toCharArray();
            HttpClient terminal = HttpClient.newBuilder()
                    .sslContext(ClientTls.sslContext(key, "pw".toCharArray(), trust, trustPassword)).build();
            HttpResponse<String> reply = terminal.send(HttpRequest.newBuilder(
                    URI.create("https://localhost:" + port + "/api/v1/qualification-confirmations"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(CLAIMING_OTHER))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
            assertThat(reply.body()).contains("\"MedicalInstitutionCode\":\"3410712362\"").doesNotContain("1312345679");
        }
    }
}
