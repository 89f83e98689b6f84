package org.openoqs.terminal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.wire.xml.ResultEncoding;

/** The server over real HTTP: pages render, sign-in is required where it should be, CSRF and lock-out work. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerminalWebServerTest {

    @TempDir static Path dir;
    TerminalWebFixture fixture;

    @BeforeAll
    void start() throws Exception {
        fixture = TerminalWebFixture.start(dir, ResultEncoding.UTF_8);
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @Test
    void kioskAndLoginPagesRenderInJapaneseWithoutSignIn() throws Exception {
        HttpClient http = client();
        HttpResponse<String> kiosk = get(http, "/kiosk");
        assertThat(kiosk.statusCode()).isEqualTo(200);
        assertThat(kiosk.body()).contains("マイナンバーカードを置いてください").contains("lang=\"ja\"");
        assertThat(kiosk.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(get(http, "/login").body()).contains("職員ログイン");
        assertThat(get(http, "/webjars/bootstrap/css/bootstrap.min.css").statusCode()).isEqualTo(200);
        assertThat(get(http, "/webjars/htmx.org/dist/htmx.min.js").statusCode()).isEqualTo(200);
    }

    @Test
    void staffPagesNeedSignIn() throws Exception {
        HttpClient http = client();
        for (String path : new String[] {"/viewer", "/staff/results", "/staff/settings", "/kiosk/visual-check"}) {
            HttpResponse<String> response = get(http, path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
        assertThat(get(http, "/actuator/health").statusCode()).as("nothing else is served").isIn(302, 403, 404);
    }

    @Test
    void aViewerSignsInButMayNotChangeSettingsAndStaysSignedInWithANewSessionId() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        String before = sessionCookie(cookies);
        HttpResponse<String> signedIn = signIn(http, TerminalWebFixture.DOCTOR, TerminalWebFixture.PASSWORD);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/staff/results"));
        assertThat(sessionCookie(cookies)).isNotEqualTo(before);
        assertThat(get(http, "/staff/results").statusCode()).isEqualTo(200);
        assertThat(get(http, "/viewer").body()).contains("閲覧できる患者はいません");
        assertThat(get(http, "/staff/settings").statusCode()).isEqualTo(403);
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() throws Exception {
        HttpClient http = client();
        get(http, "/kiosk");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(fixture.url("/kiosk/restart")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        HttpClient http = client();
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(http, "locked.out", "wrong password!").headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        assertThat(signIn(http, "locked.out", "wrong password!").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
        assertThat(get(http, "/login?locked").body()).contains("しばらくログインできません");
    }

    private HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(fixture.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(HttpClient http, String user, String password) throws Exception {
        String page = get(http, "/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        return http.send(HttpRequest.newBuilder(URI.create(fixture.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(TerminalWebServer.SESSION_COOKIE))
                .map(Object::toString).findFirst().orElse("");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
