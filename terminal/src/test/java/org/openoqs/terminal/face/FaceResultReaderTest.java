package org.openoqs.terminal.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openoqs.core.code.VerificationMethod;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.wire.xml.XmlMsgReader;
import org.openoqs.wire.xml.XmlNode;

class FaceResultReaderTest {

    static final FaceFileName NAME = new FaceFileName("1312345679", "4da5260a16de5a3d3ad7", LocalDateTime.of(2026, 4, 1, 9, 30));

    static XmlNode xml(String text) {
        return new XmlMsgReader().read(text.getBytes(StandardCharsets.UTF_8)).root();
    }

    @Test
    void readsByNameInAnyOrderKeepingThePaddedInsurerNumber() {
        FaceResult result = new FaceResultReader().read(NAME, VerificationMethod.FACE, xml("""
                <?xml version="1.0" encoding="UTF-8"?>
                <XmlMsg><MessageBody><ResultList><ResultOfQualificationConfirmation>
                  <PharmacistsInfoAvailableTime>20260402093000</PharmacistsInfoAvailableTime>
                  <Name>髙橋　①子</Name><InsurerNumber>  131011</InsurerNumber>
                  <PharmacistsInfoConsFlg>1</PharmacistsInfoConsFlg><Unknown>x</Unknown>
                  <ElderlyRecipientCertificateInfo><ElderlyRecipientContributionRatio>020</ElderlyRecipientContributionRatio></ElderlyRecipientCertificateInfo>
                  <InsuredPartialContributionRatio>030</InsuredPartialContributionRatio>
                </ResultOfQualificationConfirmation></ResultList>
                <QualificationValidity>1</QualificationValidity></MessageBody>
                <MessageHeader><SegmentOfResult>1</SegmentOfResult><ArbitraryFileIdentifier>ArnHCeDfNjMCFzg=</ArbitraryFileIdentifier></MessageHeader>
                </XmlMsg>"""));
        assertThat(result.refused()).isFalse();
        assertThat(result.header().arbitraryFileIdentifier()).isEqualTo("ArnHCeDfNjMCFzg=");
        FaceResult.Person person = result.singlePerson().orElseThrow();
        assertThat(person.insurerNumber()).isEqualTo("  131011");
        assertThat(person.contributionRatio()).as("the 高齢受給者 ratio applies").isEqualTo("020");
        FaceResult.Consent drugs = person.consent(ConsentCategory.PHARMACISTS_INFO);
        assertThat(drugs.effectiveAt(LocalDateTime.of(2026, 4, 2, 9, 29))).isTrue();
        assertThat(drugs.effectiveAt(LocalDateTime.of(2026, 4, 2, 9, 30))).isFalse();
        assertThat(person.consent(ConsentCategory.OPERATION_INFO)).isEqualTo(FaceResult.Consent.NONE);
    }

    @Test
    void acceptsTheOtherProducersSpellingAndReadsRefusals() {
        FaceResult result = new FaceResultReader().read(NAME, null, xml("""
                <XmlMsg><MessageHeader><SegmentOfResult>9</SegmentOfResult><ErrorCode>EC12</ErrorCode>
                <ErrorMessage>失効しています</ErrorMessage></MessageHeader><MessageBody><ResultList><ResultOfQualificationConfirmation>
                <PharmaceuticalInfoConsFlg>1</PharmaceuticalInfoConsFlg></ResultOfQualificationConfirmation></ResultList></MessageBody></XmlMsg>"""));
        assertThat(result.refused()).isTrue();
        assertThat(result.header().errorMessage()).isEqualTo("失効しています");
        FaceResult.Consent drugs = result.persons().get(0).consent(ConsentCategory.PHARMACISTS_INFO);
        assertThat(drugs.given()).isTrue();
        assertThat(drugs.effectiveAt(LocalDateTime.now())).as("no AvailableTime: until withdrawn").isTrue();
    }

    @Test
    void aGarbledAvailableTimeOpensNothing() {
        assertThat(new FaceResult.Consent("1", null, "2026-04-02").effectiveAt(LocalDateTime.of(2020, 1, 1, 0, 0))).isFalse();
        assertThat(new FaceResult.Consent("2", null, null).effectiveAt(LocalDateTime.now())).isFalse();
    }
}
