package org.openoqs.wire.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoqs.wire.xml.OqsMessageCodec;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.XmlFormatException;

/** The typed OQSsiquc01 messages through {@link OqsMessageCodec}: one binding for XML and JSON names. */
class OqsMessageCodecTest {
    final OqsMessageCodec codec = new OqsMessageCodec();

    @Test
    void readsARequestTolerantly() {
        String xml = "<?xml version=\"1.0\" encoding=\"Shift_JIS\" standalone=\"no\"?><XmlMsg><MessageBody>"
                + "<QualificationConfirmSearchInfo><Unknown>x</Unknown><Birthdate>19800415</Birthdate>"
                + "<InsurerNumber>  131011</InsurerNumber><InsuredBranchNumber>01</InsuredBranchNumber>"
                + "</QualificationConfirmSearchInfo></MessageBody><MessageHeader>"
                + "<MedicalInstitutionCode>1312345679</MedicalInstitutionCode><ArbitraryFileIdentifier>髙①</ArbitraryFileIdentifier>"
                + "</MessageHeader></XmlMsg>";
        SingleConfirmationRequest r = codec.readXml(xml.getBytes(Charset.forName("MS932")), SingleConfirmationRequest.class);
        assertThat(r.messageHeader().medicalInstitutionCode()).isEqualTo("1312345679");
        assertThat(r.messageHeader().arbitraryFileIdentifier()).isEqualTo("髙①");
        assertThat(r.messageBody().qualificationConfirmSearchInfo().insurerNumber()).isEqualTo("  131011");
        assertThat(r.messageBody().qualificationConfirmSearchInfo().insuredBranchNumber()).isEqualTo("01");
    }

    @Test
    void writesAResultWithElementNamesOrderAndNoEmptyElements() {
        var result = new ResultOfQualificationConfirmation("01", "  131011", null, "0012", "00", "1", null, "山田　太郎",
                null, "ﾔﾏﾀﾞ ﾀﾛｳ", null, "1", null, "19800415", null, null, "20150401", null, null, null, null, null, null,
                null, null, null, "0", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        var message = new SingleConfirmationResult(
                new ConfirmationResultHeader("20260501093000", "20260501", "1312345679", null, "2", "1", null, null, "0"),
                new ConfirmationResultBody("1", null, null, "1", null, null, List.of(new ResultItem(result), new ResultItem(result))));
        String xml = new String(codec.writeXml(message, ResultEncoding.UTF_8), StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>")
                .contains("<InsurerNumber>  131011</InsurerNumber>", "<InsuredIdentificationNumber>0012</InsuredIdentificationNumber>")
                .doesNotContain("<InsuredCardSymbol", "<ErrorCode", "<ArbitraryFileIdentifier");
        assertThat(xml.indexOf("<MessageHeader>")).isLessThan(xml.indexOf("<MessageBody>"));
        assertThat(xml.indexOf("<InsuredCardClassification>")).isLessThan(xml.indexOf("<InsurerNumber>"));
        assertThat(xml.split("<ResultOfQualificationConfirmation>", -1)).hasSize(3);

        SingleConfirmationResult back = codec.readXml(xml.getBytes(StandardCharsets.UTF_8), SingleConfirmationResult.class);
        assertThat(back).isEqualTo(message);
    }

    @Test
    void refusesAnotherRootOrAWrongShape() {
        assertThatThrownBy(() -> codec.readXml("<Other/>".getBytes(StandardCharsets.UTF_8), SingleConfirmationRequest.class))
                .isInstanceOf(XmlFormatException.class).hasMessageContaining("XmlMsg");
        byte[] nested = "<XmlMsg><MessageHeader><MedicalInstitutionCode><X>1</X></MedicalInstitutionCode></MessageHeader></XmlMsg>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> codec.readXml(nested, SingleConfirmationRequest.class))
                .isInstanceOf(XmlFormatException.class).hasMessageContaining("MedicalInstitutionCode");
    }
}
