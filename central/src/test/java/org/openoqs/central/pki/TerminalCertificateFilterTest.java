package org.openoqs.central.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Period;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.openoqs.central.CentralApplication;
import org.openoqs.central.support.ConfirmationJson;
import org.openoqs.wire.tls.ClientTls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Mutual TLS end to end over real HTTPS: the institution comes from the terminal certificate, never from the body;
 * callers without a valid, registered, unrevoked certificate of the OpenOQS CA are refused.
 */
@SpringBootTest(classes = CentralApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TerminalCertificateFilterTest {
    static final char[] PASSWORD = "test-password".toCharArray();
    static final String CERTIFICATE_CODE = "3410712362";
    static final String CLAIMED_CODE = "1312345679"; // what ConfirmationJson puts in the header
    static Path dir;
    static TerminalCertificateAuthority ca;
    static Path trustStore;

    @LocalServerPort int port;
    @Autowired TerminalCertificateRegistry registry;

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry properties) throws IOException {
        dir = Files.createTempDirectory("oqs-tls-");
        ca = TerminalCertificateAuthority.create("Test CA", KeyAlgorithm.EC, Period.ofYears(10), Clock.systemUTC());
        Path server = write("server.p12", ca.issueServer(List.of(), Period.ofYears(1)));
        trustStore = dir.resolve("trust.p12");
        Pkcs12.write(trustStore, ca.trustStore(), PASSWORD);
        properties.add("oqs.data-dir", dir::toString);
        properties.add("oqs.tls.enabled", () -> "true");
        properties.add("server.ssl.enabled", () -> "true");
        properties.add("server.ssl.key-store", () -> "file:" + server);
        properties.add("server.ssl.key-store-password", () -> new String(PASSWORD));
        properties.add("server.ssl.key-store-type", () -> "PKCS12");
        properties.add("server.ssl.trust-store", () -> "file:" + trustStore);
        properties.add("server.ssl.trust-store-password", () -> new String(PASSWORD));
        properties.add("server.ssl.trust-store-type", () -> "PKCS12");
        properties.add("server.ssl.client-auth", () -> "need");
    }

    static Path write(String name, IssuedCertificate issued) throws IOException {
        Path file = dir.resolve(name);
        Pkcs12.write(file, issued.toKeyStore(PASSWORD), PASSWORD);
        return file;
    }

    /** A terminal of {@link #CERTIFICATE_CODE}, recorded in the registry unless {@code register} is false. */
    HttpClient terminal(String name, boolean register) throws Exception {
        IssuedCertificate issued = ca.issueTerminal(CERTIFICATE_CODE, name, Period.ofYears(3));
        if (register) registry.record(issued);
        return client(ClientTls.sslContext(write(name + ".p12", issued), PASSWORD, trustStore, PASSWORD));
    }

    static HttpClient client(SSLContext tls) {
        return HttpClient.newBuilder().sslContext(tls).build();
    }

    HttpResponse<String> confirm(HttpClient client) throws Exception {
        String body = ConfirmationJson.request("20260501", "01130012", "1234", "5678", "00", "19800415", "0");
        return client.send(HttpRequest.newBuilder(uri("/api/v1/qualification-confirmations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("https://localhost:" + port + path);
    }

    @Test
    void institutionIsTheCertificatesNotTheClaimedOne() throws Exception {
        HttpResponse<String> reply = confirm(terminal("reception-1", true));
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        String code = new ObjectMapper().readTree(reply.body()).at("/XmlMsg/MessageHeader/MedicalInstitutionCode").asText();
        assertThat(code).isEqualTo(CERTIFICATE_CODE).isNotEqualTo(CLAIMED_CODE);
    }

    @Test
    void callerWithoutCertificateIsRefused() throws Exception {
        HttpClient anonymous = client(ClientTls.trustOnly(trustStore, PASSWORD));
        assertThatThrownBy(() -> confirm(anonymous)).isInstanceOf(IOException.class);
    }

    @Test
    void certificateOfAnotherCaIsRefused() throws Exception {
        var rogue = TerminalCertificateAuthority.create("Test CA", KeyAlgorithm.EC, Period.ofYears(10), Clock.systemUTC());
        Path key = write("rogue.p12", rogue.issueTerminal(CERTIFICATE_CODE, "rogue", Period.ofYears(3)));
        HttpClient impostor = client(ClientTls.sslContext(key, PASSWORD, trustStore, PASSWORD));
        assertThatThrownBy(() -> confirm(impostor)).isInstanceOf(IOException.class);
    }

    @Test
    void unregisteredCertificateOfTheRightCaIsRefusedOnEveryInstitutionPath() throws Exception {
        HttpClient unregistered = terminal("unregistered", false);
        HttpResponse<String> json = confirm(unregistered);
        assertThat(json.statusCode()).isEqualTo(403);
        assertThat(json.body()).contains("not registered or has been revoked");
        HttpResponse<String> xml = unregistered.send(HttpRequest.newBuilder(uri("/oqs/v1/messages/OQSsiquc01req"))
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofString("<XmlMsg/>")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(xml.statusCode()).isEqualTo(403);
    }

    @Test
    void revocationTakesEffectOnTheNextRequestOfTheSameConnection() throws Exception {
        HttpClient terminal = terminal("reception-2", true);
        assertThat(confirm(terminal).statusCode()).isEqualTo(200);
        String serial = registry.list(CERTIFICATE_CODE).stream()
                .filter(c -> c.terminalId().equals("reception-2")).findFirst().orElseThrow().serialNumber();
        assertThat(registry.revoke(serial, "terminal stolen")).isTrue();
        HttpResponse<String> after = confirm(terminal);
        assertThat(after.statusCode()).isEqualTo(403);
        assertThat(after.body()).contains("revoked");
    }

    @Test
    void pingAndHealthNeedNoRegistration() throws Exception {
        HttpClient unregistered = terminal("monitor", false);
        HttpResponse<String> ping = get(unregistered, "/ping");
        assertThat(ping.statusCode()).isEqualTo(200);
        assertThat(ping.body()).isEqualTo("pong");
        assertThat(get(unregistered, "/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void pingWorksWithAValidCertificate() throws Exception {
        assertThat(get(terminal("reception-3", true), "/ping").body()).isEqualTo("pong");
    }
}
