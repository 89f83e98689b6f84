package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openoqs.wire.xml.OqsMessageCodec;
import org.openoqs.wire.xml.XmlNode;

class LoadTargetTest {
    private static final CardKey KEY = new CardKey("01130012", "千代田12", "100001", "01", "19800415");

    @Test
    void theJsonBodyIsAnOqsiquc01RequestForTheKey() throws Exception {
        JsonNode msg = new ObjectMapper().readTree(LoadTarget.CONFIRM_JSON.body(KEY)).get("XmlMsg");
        assertThat(msg.at("/MessageHeader/MedicalInstitutionCode").asText()).isEqualTo(LoadTarget.INSTITUTION_CODE);
        assertThat(msg.at("/MessageHeader/QualificationConfirmationDate").asText()).isEqualTo("20260401");
        JsonNode info = msg.at("/MessageBody/QualificationConfirmSearchInfo");
        assertThat(info.get("InsurerNumber").asText()).isEqualTo("01130012");
        assertThat(info.get("InsuredCardSymbol").asText()).isEqualTo("千代田12");
        assertThat(info.get("InsuredIdentificationNumber").asText()).isEqualTo("100001");
        assertThat(info.get("InsuredBranchNumber").asText()).isEqualTo("01");
        assertThat(info.get("Birthdate").asText()).isEqualTo("19800415");
    }

    @Test
    void theXmlBodyIsTheSameRequestAsAnXmlMsgFile() {
        XmlNode msg = new OqsMessageCodec().readTree(LoadTarget.CONFIRM_XML.body(KEY));
        assertThat(msg.pathText("MessageHeader/MedicalInstitutionCode")).isEqualTo(LoadTarget.INSTITUTION_CODE);
        assertThat(msg.pathText("MessageBody/QualificationConfirmSearchInfo/InsuredCardSymbol")).isEqualTo("千代田12");
        assertThat(msg.pathText("MessageBody/QualificationConfirmSearchInfo/Birthdate")).isEqualTo("19800415");
    }

    @Test
    void aLegacyCardOmitsTheEmptyFields() {
        String json = new String(LoadTarget.CONFIRM_JSON.body(new CardKey("39131014", "", "00000038", "", "19450102")),
                StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("InsuredCardSymbol").doesNotContain("InsuredBranchNumber");
    }

    @Test
    void getsHaveNoBodyAndTargetsAreFoundByLabel() {
        assertThat(LoadTarget.PING.body(KEY)).isEmpty();
        assertThat(LoadTarget.PING.needsKeys()).isFalse();
        assertThat(LoadTarget.byLabel("confirm-xml")).isEqualTo(LoadTarget.CONFIRM_XML);
        assertThatThrownBy(() -> LoadTarget.byLabel("x")).hasMessageContaining("unknown target");
    }

    @Test
    void cardTargetsSayWhereTheirBodiesComeFromAndWhatAnswersAreCorrect() throws Exception {
        assertThat(LoadTarget.CARD_CHALLENGE.expectedStatus()).isEqualTo(201);
        assertThat(LoadTarget.CARD_CONFIRM.expectedStatus()).isEqualTo(200);
        assertThat(LoadTarget.PING.expectedStatus()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(LoadTarget.CARD_CHALLENGE.fixedBody()).get("MedicalInstitutionCode").asText())
                .isEqualTo(LoadTarget.INSTITUTION_CODE);
        assertThat(LoadTarget.CARD_CONFIRM.bodyKind()).isEqualTo(LoadTarget.Body.PREPARED);
        assertThat(LoadTarget.CARD_CONFIRM.needsKeys()).isFalse();
        assertThat(LoadTarget.CONFIRM_JSON.needsKeys()).isTrue();
        assertThatThrownBy(() -> LoadTarget.CARD_CONFIRM.body(KEY)).hasMessageContaining("prepared");
        assertThatThrownBy(LoadTarget.PING::fixedBody).hasMessageContaining("no fixed body");
        assertThat(LoadTarget.byLabel("card-challenge")).isEqualTo(LoadTarget.CARD_CHALLENGE);
    }
}
