package org.openoqs.app.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.app.AppTestSupport;
import org.openoqs.app.central.CentralServer;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.terminal.TerminalConfig;
import org.openoqs.terminal.web.TerminalWebConfig;
import org.openoqs.terminal.web.TerminalWebServer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Central and the terminal's web server in one JVM, as {@code oqs demo} runs them: neither application picks up the
 * other's parts (no DataSource or central bean in the terminal, no sign-in in front of central's API), and both serve.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerminalWebBesideCentralTest {

    @TempDir static Path dir;
    ConfigurableApplicationContext central;
    TerminalWebServer web;
    URI centralUrl;

    @BeforeAll
    void start() throws Exception {
        int port = AppTestSupport.freePort();
        central = CentralServer.start(port, new CentralServer.Store(dir.resolve("data"), null, null, null), Map.of());
        centralUrl = URI.create("http://127.0.0.1:" + port);
        TerminalConfig terminal = TerminalConfig.builder(dir.resolve("terminal"), centralUrl).build();
        web = TerminalWebServer.start(TerminalWebConfig.builder(terminal, MedicalInstitutionCode.parse("1312345679"),
                dir.resolve("wallet")).port(0).initializeLogging(false).build());
    }

    @AfterAll
    void stop() {
        if (web != null) web.close();
        if (central != null) central.close();
    }

    @Test
    void theTerminalContextHasNothingOfCentral() {
        assertThat(web.context().getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(Arrays.stream(web.context().getBeanDefinitionNames())
                .map(name -> web.context().getBeanFactory().getBeanDefinition(name).getBeanClassName())
                .filter(c -> c != null && (c.startsWith("org.openoqs.central") || c.contains("flyway") || c.contains("Flyway"))))
                .isEmpty();
        assertThat(web.context().getBeanNamesForType(SecurityFilterChain.class)).hasSize(1);
    }

    @Test
    void centralKeepsItsOpenApiWithoutASignIn() throws Exception {
        assertThat(central.getBeanNamesForType(SecurityFilterChain.class)).isEmpty();
        HttpResponse<String> ping = get(centralUrl.resolve("/ping"));
        assertThat(ping.statusCode()).isEqualTo(200);
        HttpResponse<String> confirm = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        centralUrl.resolve("/api/v1/qualification-confirmations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        // An empty request is central's to judge; a sign-in redirect, 401 or a CSRF 403 would mean terminal security leaked.
        assertThat(confirm.statusCode()).as(confirm.body()).isNotIn(302, 401, 403);
        assertThat(confirm.body()).doesNotContain("login");
    }

    @Test
    void theTerminalServesItsPages() throws Exception {
        assertThat(get(web.url().resolve("/login")).body()).contains("職員ログイン");
        assertThat(get(web.url().resolve("/kiosk")).body()).contains("マイナンバーカードを置いてください");
        assertThat(get(web.url().resolve("/viewer")).statusCode()).isEqualTo(302);
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
