package org.openoqs.central.card;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cookie-keeping HTTP client that uses the patient page's forms as a browser would. */
final class PatientBrowser {
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"");
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;
    private String token;

    PatientBrowser(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Signs in and returns the page shown next (the home page, or the sign-in page with the error). */
    String signIn(String cardId, String pin) throws IOException, InterruptedException {
        remember(get("/patient"));
        return remember(post("/patient/sign-in", "cardId=" + enc(cardId) + "&pin=" + enc(pin) + "&token=" + token).body());
    }

    String withdraw(long consentId) throws IOException, InterruptedException {
        return remember(post("/patient/consents/" + consentId + "/withdraw", "token=" + token).body());
    }

    int withdrawWithToken(long consentId, String forged) throws IOException, InterruptedException {
        return post("/patient/consents/" + consentId + "/withdraw", "token=" + forged).statusCode();
    }

    private String get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String remember(String page) {
        Matcher m = TOKEN.matcher(page);
        if (m.find()) token = m.group(1);
        return page;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
