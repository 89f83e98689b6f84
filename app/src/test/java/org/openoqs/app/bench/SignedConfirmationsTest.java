package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.core.code.Sex;
import org.openoqs.core.identity.BasicFourFacts;
import org.openoqs.jpki.CardVerifier;
import org.openoqs.jpki.CrlSource;
import org.openoqs.jpki.JpkiAuthority;
import org.openoqs.jpki.VirtualCard;
import org.openoqs.wire.card.CardChallenge;
import org.openoqs.wire.card.CardConfirmationRequest;

/** Confirmations signed ahead of the load: central's own check must accept every one. RSA keys are slow: one card. */
class SignedConfirmationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void eachChallengeIsSignedByTheCardsInTurnAndPassesCentralsCheck() throws Exception {
        JpkiAuthority jlis = JpkiAuthority.createOrLoad(dir, Clock.systemUTC());
        VirtualCard card = jlis.issue(new BasicFourFacts("山田　太郎", LocalDate.of(1980, 4, 15), Sex.MALE,
                "東京都千代田区千代田1-1"), "1234", "face-bench", LocalDate.now());
        byte[] first = {1, 2, 3, 4}, second = {9, 8, 7};
        List<String> challenges = List.of(challengeJson("c-1", first), challengeJson("c-2", second));

        SignedConfirmations signer = new SignedConfirmations(List.of(card));
        List<byte[]> bodies = signer.sign(challenges);

        assertThat(bodies).hasSize(2);
        assertThat(signer.signed()).isEqualTo(2);
        CardVerifier central = new CardVerifier(jlis.caCertificate(), CrlSource.file(jlis.crlFile()), Clock.systemUTC());
        CardConfirmationRequest r = JSON.readValue(bodies.get(1), CardConfirmationRequest.class);
        assertThat(r.challengeId()).isEqualTo("c-2");
        assertThat(r.medicalInstitutionCode()).isEqualTo(LoadTarget.INSTITUTION_CODE);
        assertThat(r.verificationMethod()).isEqualTo("1");
        assertThat(r.qualificationConfirmationDate()).isEqualTo(LoadTarget.CONFIRMATION_DATE);
        assertThat(r.consents()).containsOnlyKeys("PharmacistsInfoConsFlg", "SpecificHealthCheckupsInfoConsFlg",
                "DiagnosisInfoConsFlg", "OperationInfoConsFlg").containsValue("1").doesNotContainValue("0");
        assertThat(central.verify(Base64.getDecoder().decode(r.certificate()), second,
                Base64.getDecoder().decode(r.signature())).certificateSerial()).isEqualTo(card.certificateSerial());
        assertThat(new String(bodies.get(0), java.nio.charset.StandardCharsets.UTF_8))
                .as("the JSON names are central's").contains("\"ChallengeId\":\"c-1\"");
    }

    @Test
    void aChallengeThatIsNotJsonIsNamed() throws Exception {
        JpkiAuthority jlis = JpkiAuthority.createOrLoad(dir, Clock.systemUTC());
        VirtualCard card = jlis.issue(new BasicFourFacts("山田　花子", LocalDate.of(1982, 7, 10), Sex.FEMALE,
                "東京都千代田区千代田1-1"), "1234", "face-bench", LocalDate.now());
        assertThatThrownBy(() -> new SignedConfirmations(List.of(card)).sign(List.of("<html>")))
                .hasMessageContaining("not a CardChallenge").hasMessageContaining("<html>");
        assertThatThrownBy(() -> new SignedConfirmations(List.of())).hasMessageContaining("no cards");
    }

    private static String challengeJson(String id, byte[] bytes) throws Exception {
        return JSON.writeValueAsString(new CardChallenge(id, Base64.getEncoder().encodeToString(bytes), "20261121120000"));
    }
}
