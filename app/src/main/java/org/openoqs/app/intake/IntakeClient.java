package org.openoqs.app.intake;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.LongConsumer;

/**
 * Uploads an intake file to a running central service, streaming it from disk (a 10-million-row file is never held
 * in memory) and reporting bytes sent, so the caller can show progress.
 */
public final class IntakeClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final String token;

    public IntakeClient(String server, String token) {
        this(server, token, IntakeKind.QUALIFICATIONS);
    }

    /** A client for one kind of intake file ({@link IntakeKind#path()}). */
    public IntakeClient(String server, String token, IntakeKind kind) {
        this.endpoint = URI.create(server.replaceAll("/+$", "") + kind.path());
        this.token = token;
    }

    public record Response(int status, String body) {}

    public Response upload(Path file, LongConsumer bytesSent) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Authorization", "Bearer " + token)
                .header("X-OQS-File-Name", file.getFileName().toString())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> counting(file, bytesSent)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.body());
    }

    private static InputStream counting(Path file, LongConsumer bytesSent) {
        try {
            InputStream in = Files.newInputStream(file);
            return new InputStream() {
                long sent;

                @Override public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) bytesSent.accept(++sent);
                    return b;
                }

                @Override public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0) bytesSent.accept(sent += n);
                    return n;
                }

                @Override public void close() throws IOException { in.close(); }
            };
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
