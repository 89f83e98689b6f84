package org.openoqs.terminal.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.openoqs.jpki.CardWallet;
import org.openoqs.jpki.VirtualCard;
import org.openoqs.terminal.fake.FakeCardCentral;
import org.openoqs.wire.card.CardChallenge;
import org.openoqs.wire.card.CardConfirmationRequest;
import org.openoqs.wire.xml.ParsedXml;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.XmlMsgReader;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardCentralClientTest {

    static final String CLINIC = "1312345679";
    @TempDir static Path dir;
    FakeCardCentral central;
    CardCentralClient client;
    VirtualCard card;

    @BeforeAll
    void start() throws Exception {
        central = FakeCardCentral.start(dir);
        client = new CardCentralClient(central.baseUrl(), null, Duration.ofSeconds(5));
        card = central.issueLinkedCard(FakeCardCentral.sample("髙橋　①子", "ﾀｶﾊｼ ｲﾁｺ", "4567"), "1234");
    }

    @AfterAll
    void stop() {
        central.close();
    }

    @ParameterizedTest
    @EnumSource(ResultEncoding.class)
    void challengeThenSignedConfirmationComesBackInTheAskedEncoding(ResultEncoding encoding) throws Exception {
        CardChallenge issued = client.requestChallenge(CLINIC);
        Challenge challenge = Challenge.from(issued);
        assertThat(challenge.expiresAt()).isAfter(Instant.now());
        byte[] signature = new CardWallet(central.walletDir()).signWithPin(card.cardId(), challenge.bytes(), "1234");

        Map<String, String> consents = new LinkedHashMap<>();
        consents.put("PharmacistsInfoConsFlg", "1");
        byte[] answer = client.confirm(new CardConfirmationRequest(CLINIC, "ArnHCeDfNjMCFzg=", challenge.id(),
                Base64.getEncoder().encodeToString(card.certificate().getEncoded()),
                Base64.getEncoder().encodeToString(signature), "2", null, "OUTPATIENT", consents, "1", null), encoding);

        ParsedXml xml = new XmlMsgReader().read(answer);
        assertThat(xml.encoding()).isEqualTo(encoding.charset());
        assertThat(xml.root().pathText("MessageHeader/SegmentOfResult")).isEqualTo("1");
        assertThat(xml.root().pathText("MessageHeader/ArbitraryFileIdentifier")).isEqualTo("ArnHCeDfNjMCFzg=");
        assertThat(xml.root().pathText("MessageBody/ResultList/ResultOfQualificationConfirmation/Name")).isEqualTo("髙橋　①子");
        assertThat(xml.root().pathText("MessageBody/ResultList/ResultOfQualificationConfirmation/PharmacistsInfoConsFlg")).isEqualTo("1");
    }

    @Test
    void aForgedSignatureIsAnsweredWithSegmentOfResult9() throws Exception {
        Challenge challenge = Challenge.from(client.requestChallenge(CLINIC));
        Signature other = Signature.getInstance("SHA256withRSA");
        other.initSign(java.security.KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate());
        other.update(challenge.bytes());
        byte[] answer = client.confirm(new CardConfirmationRequest(CLINIC, "AAAAAAAAAAAAAAA=", challenge.id(),
                Base64.getEncoder().encodeToString(card.certificate().getEncoded()),
                Base64.getEncoder().encodeToString(other.sign()), "1", null, "OUTPATIENT", Map.of(), null, null),
                ResultEncoding.UTF_8);
        assertThat(new XmlMsgReader().read(answer).root().pathText("MessageHeader/SegmentOfResult")).isEqualTo("9");
    }

    @Test
    void anHttpErrorIsARefusalAndAnUnreachableCentralAnIoError() throws Exception {
        assertThatThrownBy(() -> client.requestChallenge("12"))
                .isInstanceOf(CentralRefusalException.class).hasMessageContaining("HTTP 400")
                .hasMessageContaining("MedicalInstitutionCode is required");
        CardCentralClient nowhere = new CardCentralClient(URI.create("http://127.0.0.1:1"), null, Duration.ofSeconds(2));
        assertThatThrownBy(() -> nowhere.requestChallenge(CLINIC)).isInstanceOf(java.io.IOException.class);
    }
}
