package org.openoqs.terminal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import org.openoqs.wire.xml.ResultEncoding;

/**
 * {@link CentralClient} over {@link HttpClient}: {@code POST <centralBase>/oqs/v1/messages/<messageId>?encoding=UTF-8|Shift_JIS}
 * with the request file unchanged as {@code application/xml} and the idempotency key in {@code X-OQS-Request-Id}.
 *
 * <p>Mutual TLS [C] S3 (the real terminal holds the institution's 電子証明書 [C] S12) is configured by whoever builds
 * the {@link SSLContext}; without one the JDK default is used (plain HTTP in tests and development). HTTP/1.1 is used
 * because each request is a single small exchange and it behaves the same behind every proxy and test server.
 */
public final class HttpCentralClient implements CentralClient {

    /** Header carrying the idempotency key. */
    public static final String REQUEST_ID_HEADER = "X-OQS-Request-Id";

    private final String baseUrl;
    private final HttpClient http;

    /**
     * @param centralBase e.g. {@code https://central.example:8443}; a trailing slash is ignored
     * @param sslContext the mutual-TLS context, or null for the JDK default
     * @param connectTimeout how long to wait for a connection
     */
    public HttpCentralClient(URI centralBase, SSLContext sslContext, Duration connectTimeout) {
        this.baseUrl = stripTrailingSlash(Objects.requireNonNull(centralBase, "centralBase").toString());
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout);
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        this.http = builder.build();
    }

    @Override
    public Reply exchange(String messageId, byte[] requestFile, ResultEncoding encoding, String requestId,
            Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uriFor(messageId, encoding))
                .timeout(timeout)
                .header("Content-Type", "application/xml")
                .header("Accept", "application/xml, text/plain")
                .header(REQUEST_ID_HEADER, requestId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(requestFile))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(response.statusCode(), response.body(),
                response.headers().firstValue("Content-Type").orElse(null));
    }

    /** The endpoint for one message id; visible for tests. */
    URI uriFor(String messageId, ResultEncoding encoding) {
        return URI.create(baseUrl + "/oqs/v1/messages/" + URLEncoder.encode(messageId, StandardCharsets.UTF_8)
                + "?encoding=" + URLEncoder.encode(encoding.declarationName(), StandardCharsets.UTF_8));
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
