package org.openoqs.jpki;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Base64;
import java.util.function.Function;

/**
 * The JSON form of a {@link VirtualCard} — one file per card in a {@link CardWallet}. Element names are UpperCamelCase
 * like the OQS messages:
 * <pre>
 * { "Version": 1, "CardId": "VC-7K3M-9QX2", "IssuedOn": "20260401", "FaceId": "face-3f9a0c12",
 *   "Certificate": "&lt;Base64 DER&gt;", "PrivateKey": "&lt;Base64 PKCS#8&gt;",
 *   "PinSalt": "&lt;Base64&gt;", "PinHash": "&lt;Base64 PBKDF2-HMAC-SHA256&gt;", "PinIterations": 10000,
 *   "RemainingPinTries": 3 }
 * </pre>
 * The file is the chip: it holds the private key in the clear (see {@link VirtualCard}). The PIN is only stored hashed.
 */
final class CardFile {
    static final int VERSION = 1;
    private static final DateTimeFormatter YYYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    @JsonPropertyOrder({"Version", "CardId", "IssuedOn", "FaceId", "Certificate", "PrivateKey", "PinSalt", "PinHash",
            "PinIterations", "RemainingPinTries"})
    record Json(@JsonProperty("Version") Integer version,
                @JsonProperty("CardId") String cardId,
                @JsonProperty("IssuedOn") String issuedOn,
                @JsonProperty("FaceId") String faceId,
                @JsonProperty("Certificate") String certificate,
                @JsonProperty("PrivateKey") String privateKey,
                @JsonProperty("PinSalt") String pinSalt,
                @JsonProperty("PinHash") String pinHash,
                @JsonProperty("PinIterations") Integer pinIterations,
                @JsonProperty("RemainingPinTries") Integer remainingPinTries) {}

    private CardFile() {}

    static byte[] encode(VirtualCard card) {
        Base64.Encoder base64 = Base64.getEncoder();
        try {
            PinHash pin = card.pinHash();
            Json json = new Json(VERSION, card.cardId(), card.issuedOn().format(YYYYMMDD), card.faceId(),
                    base64.encodeToString(card.certificate().getEncoded()),
                    base64.encodeToString(card.privateKey().getEncoded()),
                    base64.encodeToString(pin.salt()), base64.encodeToString(pin.hash()), pin.iterations(),
                    card.remainingPinTries());
            return JSON.writeValueAsBytes(json);
        } catch (CertificateEncodingException | JsonProcessingException e) {
            throw new IllegalStateException("cannot encode card " + card.cardId() + ": " + e.getMessage(), e);
        }
    }

    /** Reads a card file's content; any problem is a {@link CardFileException} naming {@code file} and the element. */
    static VirtualCard decode(byte[] content, Path file) {
        Json json;
        try {
            json = JSON.readValue(content, Json.class);
        } catch (JsonProcessingException e) {
            throw new CardFileException(file, "not a virtual card file: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CardFileException(file, "not a virtual card file: " + e.getMessage(), e);
        }
        if (json == null) throw new CardFileException(file, "not a virtual card file: empty", null);
        Integer version = required(file, "Version", json.version());
        if (version != VERSION) throw new CardFileException(file, "Version " + version + " is not supported (expected " + VERSION + ")", null);
        X509Certificate certificate = field(file, "Certificate", json.certificate(), CardFile::certificate);
        PrivateKey key = field(file, "PrivateKey", json.privateKey(), CardFile::privateKey);
        byte[] salt = field(file, "PinSalt", json.pinSalt(), Base64.getDecoder()::decode);
        byte[] hash = field(file, "PinHash", json.pinHash(), Base64.getDecoder()::decode);
        PinHash pin = field(file, "PinHash", hash, h -> new PinHash(salt, h, required(file, "PinIterations", json.pinIterations())));
        LocalDate issuedOn = field(file, "IssuedOn", json.issuedOn(), s -> LocalDate.parse(s, YYYYMMDD));
        try {
            return new VirtualCard(required(file, "CardId", json.cardId()), certificate, key, pin,
                    required(file, "RemainingPinTries", json.remainingPinTries()), required(file, "FaceId", json.faceId()), issuedOn);
        } catch (IllegalArgumentException e) {
            throw new CardFileException(file, e.getMessage(), e);
        }
    }

    private static <T> T required(Path file, String element, T value) {
        if (value == null) throw new CardFileException(file, element + " is missing", null);
        return value;
    }

    private static <S, T> T field(Path file, String element, S value, Function<S, T> parse) {
        required(file, element, value);
        try {
            return parse.apply(value);
        } catch (CardFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CardFileException(file, element + " is invalid: " + e.getMessage(), e);
        }
    }

    private static X509Certificate certificate(String base64) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X.509 certificate", e);
        }
    }

    private static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA PKCS#8 key", e);
        }
    }
}
