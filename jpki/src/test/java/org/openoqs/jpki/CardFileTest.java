package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CardFileTest {
    private static final Path FILE = Path.of("wallet", "VC-TEST-0000.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static VirtualCard card;

    @BeforeAll
    static void issue() {
        card = TestJpki.card();
    }

    @Test
    void roundTrip() {
        VirtualCard read = CardFile.decode(CardFile.encode(card), FILE);
        assertThat(read.cardId()).isEqualTo(card.cardId());
        assertThat(read.certificate()).isEqualTo(card.certificate());
        assertThat(read.privateKey()).isEqualTo(card.privateKey());
        assertThat(read.pinHash()).isEqualTo(card.pinHash());
        assertThat(read.remainingPinTries()).isEqualTo(3);
        assertThat(read.faceId()).isEqualTo(card.faceId());
        assertThat(read.issuedOn()).isEqualTo(card.issuedOn());
    }

    @Test
    void elementsAreUpperCamelCaseAndTheIssueDateIsYyyyMmDd() throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(CardFile.encode(card));
        assertThat(json.fieldNames()).toIterable().containsExactly("Version", "CardId", "IssuedOn", "FaceId", "Certificate",
                "PrivateKey", "PinSalt", "PinHash", "PinIterations", "RemainingPinTries");
        assertThat(json.get("IssuedOn").asText()).isEqualTo("20260401");
    }

    @Test
    void everyProblemNamesTheFileAndTheElement() throws Exception {
        assertProblem(j -> j.remove("Certificate"), "Certificate is missing");
        assertProblem(j -> j.put("Certificate", "not base64!"), "Certificate is invalid");
        assertProblem(j -> j.put("PrivateKey", "AAAA"), "PrivateKey is invalid");
        assertProblem(j -> j.put("IssuedOn", "2026-04-01"), "IssuedOn is invalid");
        assertProblem(j -> j.put("RemainingPinTries", 7), "remainingPinTries");
        assertProblem(j -> j.put("PinIterations", 5), "PinIterations");
        assertProblem(j -> j.put("Version", 2), "Version 2 is not supported");
        assertProblem(j -> j.put("Pin", "1234"), "Pin");
        assertProblem(j -> j.put("PrivateKey", JSON.readTree(CardFile.encode(TestJpki.otherCard())).get("PrivateKey").asText()),
                "private key does not belong");
    }

    @Test
    void notJsonAtAll() {
        assertThatThrownBy(() -> CardFile.decode("garbage".getBytes(StandardCharsets.UTF_8), FILE))
                .isInstanceOf(CardFileException.class).hasMessageStartingWith(FILE + ": not a virtual card file");
        assertThatThrownBy(() -> CardFile.decode(new byte[0], FILE)).isInstanceOf(CardFileException.class);
    }

    interface Edit {
        void apply(ObjectNode json) throws Exception;
    }

    private static void assertProblem(Edit edit, String message) throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(CardFile.encode(card));
        edit.apply(json);
        byte[] bytes = JSON.writeValueAsBytes(json);
        assertThatThrownBy(() -> CardFile.decode(bytes, FILE)).as(message)
                .isInstanceOfSatisfying(CardFileException.class, e -> assertThat(e.file()).isEqualTo(FILE))
                .hasMessageStartingWith(FILE + ": ").hasMessageContaining(message);
    }
}
