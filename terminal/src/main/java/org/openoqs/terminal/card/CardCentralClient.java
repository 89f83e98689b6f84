package org.openoqs.terminal.card;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import org.openoqs.terminal.CentralClient;
import org.openoqs.wire.card.CardChallenge;
import org.openoqs.wire.card.CardConfirmationRequest;
import org.openoqs.wire.xml.ResultEncoding;

/**
 * The card-reader side of central's card API (docs/card-confirmation.md), over the same base URL and mutual-TLS
 * {@link SSLContext} as the file interface ({@link org.openoqs.terminal.HttpCentralClient}):
 * <ol>
 *   <li>{@code POST /api/v1/card-confirmations/challenges} {@code {"MedicalInstitutionCode":…}} → {@link CardChallenge};</li>
 *   <li>{@code POST /api/v1/card-confirmations?encoding=UTF-8|Shift_JIS} {@link CardConfirmationRequest} → an
 *       {@code OQSsiquc01res} XmlMsg.</li>
 * </ol>
 * A patient is waiting at the reader, so there is one attempt with a short timeout and no retry loop: the kiosk tells
 * the patient and staff instead.
 */
public final class CardCentralClient {

    static final String CHALLENGES = "/api/v1/card-confirmations/challenges";
    static final String CONFIRMATIONS = "/api/v1/card-confirmations";

    private final String baseUrl;
    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * @param centralBase e.g. {@code https://central:8443}; a trailing slash is ignored
     * @param sslContext mutual-TLS context, or null for the JDK default (plain HTTP in development)
     * @param timeout for connecting and for each whole exchange
     */
    public CardCentralClient(URI centralBase, SSLContext sslContext, Duration timeout) {
        String base = Objects.requireNonNull(centralBase, "centralBase").toString();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout);
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        this.http = builder.build();
    }

    /**
     * A fresh one-time challenge for this institution.
     *
     * @throws IOException central unreachable or too slow
     * @throws CentralRefusalException central answered, but not with a challenge
     */
    public CardChallenge requestChallenge(String medicalInstitutionCode)
            throws IOException, InterruptedException, CentralRefusalException {
        CentralClient.Reply reply = post(URI.create(baseUrl + CHALLENGES),
                json.writeValueAsBytes(Map.of("MedicalInstitutionCode", medicalInstitutionCode)));
        if (reply.statusCode() != 200 && reply.statusCode() != 201) {
            throw CentralRefusalException.of("challenge", reply);
        }
        try {
            CardChallenge challenge = json.readValue(reply.body(), CardChallenge.class);
            if (challenge.challengeId() == null || challenge.challenge() == null || challenge.expiresAt() == null) {
                throw new CentralRefusalException(reply.statusCode(), "central's challenge lacks ChallengeId, Challenge or ExpiresAt");
            }
            return challenge;
        } catch (JsonProcessingException e) {
            throw new CentralRefusalException(reply.statusCode(), "central's challenge is not JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * Sends the confirmation; the answer is an {@code OQSsiquc01res} file in {@code encoding}, also when central
     * refuses the card (SegmentOfResult 9).
     *
     * @throws IOException central unreachable or too slow
     * @throws CentralRefusalException central answered without a result file (4xx/5xx)
     */
    public byte[] confirm(CardConfirmationRequest request, ResultEncoding encoding)
            throws IOException, InterruptedException, CentralRefusalException {
        URI uri = URI.create(baseUrl + CONFIRMATIONS + "?encoding="
                + URLEncoder.encode(encoding.declarationName(), StandardCharsets.UTF_8));
        CentralClient.Reply reply = post(uri, json.writeValueAsBytes(request));
        if (reply.statusCode() != 200) {
            throw CentralRefusalException.of("confirmation", reply);
        }
        return reply.body();
    }

    private CentralClient.Reply post(URI uri, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new CentralClient.Reply(response.statusCode(), response.body(),
                response.headers().firstValue("Content-Type").orElse(null));
    }
}
