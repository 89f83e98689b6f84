package org.openoqs.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openoqs.central.support.ConfirmationJson.request;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openoqs.central.audit.AuditEvent;
import org.openoqs.central.audit.AuditTrail;
import org.openoqs.central.intake.InsurerCredentialService;
import org.openoqs.central.qualification.QualificationStore;
import org.openoqs.central.support.CentralClient;
import org.openoqs.core.audit.AuditAction;
import org.openoqs.core.audit.StoredAuditRecord;
import org.openoqs.core.number.InsurerNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/**
 * End-to-end scenarios of the central service over real HTTP: insurer intake and 照会区分 2 confirmation. Run once
 * per store by the subclasses, so the embedded and the PostgreSQL store must behave identically (parity).
 */
@SpringBootTest(classes = CentralApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CentralScenarios {
    @LocalServerPort int port;
    @Autowired InsurerCredentialService credentials;
    @Autowired QualificationStore store;
    @Autowired AuditTrail audit;
    @Autowired ApplicationEventPublisher events;
    CentralClient client;
    String token;

    @BeforeAll
    void loadPopulation() throws IOException {
        client = new CentralClient(port);
        token = credentials.create("test-intermediary", List.of());
        CentralClient.Reply reply = client.intake(fixture("population.csv"), token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    static String fixture(String name) throws IOException {
        try (var in = CentralScenarios.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    JsonNode confirm(String date, String insurer, String symbol, String number, String branch, String birthdate, String consent) {
        CentralClient.Reply reply = client.confirmJson(request(date, insurer, symbol, number, branch, birthdate, consent));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("XmlMsg");
    }

    static JsonNode firstResult(JsonNode msg) {
        return msg.at("/MessageBody/ResultList/0/ResultOfQualificationConfirmation");
    }

    @Test
    void validCardIsConfirmedWithTheFieldsOfTheRecord() {
        JsonNode msg = confirm("20260501", "01130012", "1234", "5678", "00", "19800415", "0");
        assertThat(msg.at("/MessageHeader/SegmentOfResult").asText()).isEqualTo("1");
        assertThat(msg.at("/MessageHeader/ReferenceClassification").asText()).isEqualTo("2");
        assertThat(msg.at("/MessageHeader/QualificationConfirmationDate").asText()).isEqualTo("20260501");
        assertThat(msg.at("/MessageHeader/ArbitraryFileIdentifier").asText()).isEqualTo("file-1");
        assertThat(msg.at("/MessageBody/ProcessingResultStatus").asText()).isEqualTo("1");
        assertThat(msg.at("/MessageBody/QualificationValidity").asText()).isEqualTo("1");
        assertThat(msg.at("/MessageBody/QualificationConfirmSearchInfo/ArbitraryIdentifier").asText()).isEqualTo("rec-1");
        assertThat(msg.at("/MessageBody/ResultList")).hasSize(1);
        JsonNode r = firstResult(msg);
        assertThat(r.get("InsurerNumber").asText()).isEqualTo("01130012");
        assertThat(r.get("InsuredBranchNumber").asText()).isEqualTo("00");
        assertThat(r.get("Name").asText()).isEqualTo("山田　太郎");
        assertThat(r.get("NameKana").asText()).isEqualTo("ﾔﾏﾀﾞ ﾀﾛｳ");
        assertThat(r.get("Sex1").asText()).isEqualTo("1");
        assertThat(r.get("PostNumber").asText()).isEqualTo("100-0001");
        assertThat(r.get("QualificationDate").asText()).isEqualTo("20150401");
        assertThat(r.get("InsurerName").asText()).isEqualTo("全国健康保険協会東京支部");
        assertThat(r.has("DisqualificationDate")).isFalse();
    }

    @Test
    void limitCertificateInformationOnlyWithConsent() {
        JsonNode without = firstResult(confirm("20260501", "01130012", "1234", "5678", "00", "19800415", "0"));
        assertThat(without.get("LimitApplicationCertificateRelatedConsFlg").asText()).isEqualTo("0");
        assertThat(without.has("LimitApplicationCertificateRelatedInfo")).isFalse();

        JsonNode with = firstResult(confirm("20260501", "01130012", "1234", "5678", "00", "19800415", "1"));
        assertThat(with.get("LimitApplicationCertificateRelatedConsFlg").asText()).isEqualTo("1");
        assertThat(with.get("LimitApplicationCertificateRelatedConsTime").asText()).hasSize(14);
        JsonNode info = with.get("LimitApplicationCertificateRelatedInfo");
        assertThat(info.get("LimitApplicationCertificateClassification").asText()).isEqualTo("01");
        assertThat(info.get("LimitApplicationCertificateClassificationFlag").asText()).isEqualTo("A03");
        assertThat(info.get("LimitApplicationCertificateValidEndDate").asText()).isEqualTo("20261231");
    }

    @Test
    void elderlyRecipientCertificateIsReported() {
        JsonNode r = firstResult(confirm("20260501", "01130012", "1234", "4321", "00", "19540610", "0"));
        JsonNode e = r.get("ElderlyRecipientCertificateInfo");
        assertThat(e.get("ElderlyRecipientContributionRatio").asText()).isEqualTo("020");
        assertThat(e.get("ElderlyRecipientValidEndDate").asText()).isEqualTo("20260731");
    }

    @Test
    void lateElderlyCardWithoutSymbolAndPaddedInsurerNumber() {
        JsonNode msg = confirm("20260501", "39131008", null, "00012345", null, "19400202", "0");
        assertThat(msg.at("/MessageBody/QualificationValidity").asText()).isEqualTo("1");
        JsonNode r = firstResult(msg);
        assertThat(r.get("InsuredPartialContributionRatio").asText()).isEqualTo("010");
        assertThat(r.get("InsuredIdentificationNumber").asText()).isEqualTo("00012345");
        assertThat(r.has("InsuredCardSymbol")).isFalse();
    }

    @Test
    void nationalHealthInsuranceSixDigitsArePaddedWithSpacesInResults() {
        // Requests may pad with zeros or spaces; full-width digits are folded too.
        for (String asSent : List.of("00131011", "  131011", "131011")) {
            JsonNode msg = confirm("20241201", asSent, "千代田", "000123", "00", "19600505", "0");
            assertThat(msg.at("/MessageBody/QualificationValidity").asText()).as(asSent).isEqualTo("1");
            assertThat(firstResult(msg).get("InsurerNumber").asText()).isEqualTo("  131011");
        }
    }

    @Test
    void closedQualificationIsInvalid() {
        JsonNode msg = confirm("20260501", "131011", "千代田", "000123", "00", "19600505", "0");
        assertThat(msg.at("/MessageBody/QualificationValidity").asText()).isEqualTo("2");
        assertThat(msg.at("/MessageBody/ProcessingResultStatus").asText()).isEqualTo("1");
        assertThat(msg.at("/MessageBody/ProcessingResultCode").asText()).isNotBlank();
        assertThat(firstResult(msg).get("DisqualificationDate").asText()).isEqualTo("20250101");
        assertThat(firstResult(msg).get("ReasonOfLoss").asText()).isEqualTo("99");
    }

    @Test
    void oldCardAfterJobChangeIsInvalidWithNewerQualification() {
        assertThat(confirm("20260331", "06131239", "77", "1001", "00", "19750120", "0")
                .at("/MessageBody/QualificationValidity").asText()).isEqualTo("1");
        // The loss date itself is the first day without cover.
        assertThat(confirm("20260401", "06131239", "77", "1001", "00", "19750120", "0")
                .at("/MessageBody/QualificationValidity").asText()).isEqualTo("3");
        JsonNode later = confirm("20260501", "06131239", "77", "1001", "00", "19750120", "0");
        assertThat(later.at("/MessageBody/QualificationValidity").asText()).isEqualTo("3");
        assertThat(firstResult(later).get("InsurerNumber").asText()).isEqualTo("06131239");
        // The new card is valid.
        assertThat(confirm("20260501", "01130012", "1234", "9999", "00", "19750120", "0")
                .at("/MessageBody/QualificationValidity").asText()).isEqualTo("1");
    }

    @Test
    void unknownCardIsNotFound() {
        JsonNode msg = confirm("20260501", "01130012", "1234", "0000", "00", "19800415", "0");
        assertThat(msg.at("/MessageBody/QualificationValidity").asText()).isEqualTo("4");
        assertThat(msg.at("/MessageBody/ResultList").isMissingNode()).isTrue();
        // Right card, wrong birth date: also not found, and nothing about the card holder leaks.
        JsonNode wrongBirth = confirm("20260501", "01130012", "1234", "5678", "00", "19800416", "0");
        assertThat(wrongBirth.at("/MessageBody/QualificationValidity").asText()).isEqualTo("4");
    }

    @Test
    void twinsOnACardWithoutBranchNumberAreMultiple() {
        JsonNode msg = confirm("20260501", "01130012", "1234", "5678", null, "20200303", "0");
        assertThat(msg.at("/MessageBody/QualificationValidity").asText()).isEqualTo("5");
        assertThat(msg.at("/MessageBody/ResultList")).hasSize(2);
        JsonNode one = confirm("20260501", "01130012", "1234", "5678", "03", "20200303", "0");
        assertThat(one.at("/MessageBody/QualificationValidity").asText()).isEqualTo("1");
        assertThat(firstResult(one).get("Name").asText()).isEqualTo("山田　二郎");
    }

    @Test
    void invalidQueryIsAnErrorForThePersonNamingTheField() {
        JsonNode msg = confirm("20260501", "01130013", "1234", "5678", "00", "19800415", "0");
        assertThat(msg.at("/MessageHeader/SegmentOfResult").asText()).isEqualTo("1");
        assertThat(msg.at("/MessageBody/ProcessingResultStatus").asText()).isEqualTo("2");
        assertThat(msg.at("/MessageBody/ProcessingResultMessage").asText()).contains("InsurerNumber");
        assertThat(msg.at("/MessageBody/QualificationValidity").isMissingNode()).isTrue();
    }

    @Test
    void invalidInstitutionCodeFailsTheWholeMessage() {
        String json = request("20260501", "01130012", "1234", "5678", "00", "19800415", "0").replace("1312345679", "1312345670");
        JsonNode msg = client.confirmJson(json).json().get("XmlMsg");
        assertThat(msg.at("/MessageHeader/SegmentOfResult").asText()).isEqualTo("9");
        assertThat(msg.at("/MessageHeader/ErrorMessage").asText()).contains("MedicalInstitutionCode");
    }

    @Test
    void resendingTheSameFileChangesNothing() throws IOException {
        long before = store.count();
        JsonNode report = client.intake(fixture("population.csv"), token).json();
        assertThat(report.get("accepted").asBoolean()).isTrue();
        assertThat(report.get("inserted").asLong()).isZero();
        assertThat(report.get("updated").asLong()).isZero();
        assertThat(report.get("unchanged").asLong()).isEqualTo(9);
        assertThat(store.count()).isEqualTo(before);
    }

    @Test
    void laterFileCorrectsAndThenClosesARecord() {
        String header = "PersonKey,InsurerNumber,InsuredCardSymbol,InsuredIdentificationNumber,InsuredBranchNumber,"
                + "PersonalFamilyClassification,Name,Sex1,Birthdate,QualificationDate,DisqualificationDate,ReasonOfLoss\n";
        assertThat(client.intake(header + "PK-F1,01130012,1234,8000,00,1,伊藤　誤記,1,19910101,20200401,,\n", token).status()).isEqualTo(200);
        assertThat(firstResult(confirm("20260501", "01130012", "1234", "8000", "00", "19910101", "0")).get("Name").asText())
                .isEqualTo("伊藤　誤記");

        JsonNode corrected = client.intake(header + "PK-F1,01130012,1234,8000,00,1,伊藤　正記,1,19910101,20200401,,\n", token).json();
        assertThat(corrected.get("updated").asLong()).isEqualTo(1);
        JsonNode afterCorrection = confirm("20260501", "01130012", "1234", "8000", "00", "19910101", "0");
        assertThat(afterCorrection.at("/MessageBody/QualificationValidity").asText()).isEqualTo("1");
        assertThat(firstResult(afterCorrection).get("Name").asText()).isEqualTo("伊藤　正記");

        JsonNode closed = client.intake(header + "PK-F1,01130012,1234,8000,00,1,伊藤　正記,1,19910101,20200401,20260415,01\n", token).json();
        assertThat(closed.get("updated").asLong()).isEqualTo(1);
        assertThat(confirm("20260414", "01130012", "1234", "8000", "00", "19910101", "0")
                .at("/MessageBody/QualificationValidity").asText()).isEqualTo("1");
        JsonNode after = confirm("20260415", "01130012", "1234", "8000", "00", "19910101", "0");
        assertThat(after.at("/MessageBody/QualificationValidity").asText()).isEqualTo("2");
        assertThat(firstResult(after).get("ReasonOfLoss").asText()).isEqualTo("01");
    }

    @Test
    void invalidFileIsRejectedWholeWithEveryBadLineAndField() throws IOException {
        long before = store.count();
        CentralClient.Reply reply = client.intake(fixture("rejected.csv"), token);
        assertThat(reply.status()).isEqualTo(422);
        JsonNode report = reply.json();
        assertThat(report.get("accepted").asBoolean()).isFalse();
        assertThat(report.get("errorCount").asLong()).isEqualTo(4);
        assertThat(report.get("errors")).extracting(e -> e.get("line").asLong() + ":" + e.get("field").asText())
                .containsExactly("2:InsurerNumber", "3:Birthdate", "4:Sex1", "5:Name");
        assertThat(report.get("errors").get(0).get("message").asText()).contains("check digit");
        assertThat(store.count()).as("nothing stored, not even the valid line 6").isEqualTo(before);
        assertThat(confirm("20260501", "01130012", "1234", "7004", "00", "19900101", "0")
                .at("/MessageBody/QualificationValidity").asText()).isEqualTo("4");
    }

    @Test
    void headerProblemsAreReportedOnLineOne() {
        JsonNode report = client.intake("PersonKey,InsurerNumber,Birthday\nPK,01130012,19900101\n", token).json();
        assertThat(report.get("accepted").asBoolean()).isFalse();
        assertThat(report.get("errors")).extracting(e -> e.get("line").asLong() + ":" + e.get("field").asText())
                .contains("1:Birthday", "1:Birthdate", "1:Name");
    }

    @Test
    void intakeNeedsAValidCredentialAndRespectsItsScope() {
        String csv = "PersonKey,InsurerNumber,InsuredCardSymbol,InsuredIdentificationNumber,PersonalFamilyClassification,"
                + "Name,Sex1,Birthdate,QualificationDate\nPK-G1,01130012,1,1,1,名前,1,19900101,20200401\n";
        assertThat(client.intake(csv, null).status()).isEqualTo(401);
        assertThat(client.intake(csv, "oqs_not-a-token").status()).isEqualTo(401);
        String scoped = credentials.create("kumiai-only", List.of(InsurerNumber.parse("06131239")));
        JsonNode report = client.intake(csv, scoped).json();
        assertThat(report.get("accepted").asBoolean()).isFalse();
        assertThat(report.at("/errors/0/field").asText()).isEqualTo("InsurerNumber");
        assertThat(report.at("/errors/0/message").asText()).contains("may not file");
    }

    static byte[] xmlRequest(String encodingName, java.nio.charset.Charset charset, String number) {
        String xml = "<?xml version=\"1.0\" encoding=\"" + encodingName + "\" standalone=\"no\"?>\n<XmlMsg>\n"
                + "<MessageHeader><MedicalInstitutionCode>1312345679</MedicalInstitutionCode>"
                + "<ArbitraryFileIdentifier>髙﨑①</ArbitraryFileIdentifier>"
                + "<QualificationConfirmationDate>20260501</QualificationConfirmationDate><UnknownFutureElement>x</UnknownFutureElement></MessageHeader>\n"
                + "<MessageBody><QualificationConfirmSearchInfo><Birthdate>19800415</Birthdate>"
                + "<InsurerNumber>01130012</InsurerNumber><InsuredCardSymbol>１２３４</InsuredCardSymbol>"
                + "<InsuredIdentificationNumber>" + number + "</InsuredIdentificationNumber><InsuredBranchNumber>00</InsuredBranchNumber>"
                + "<LimitApplicationCertificateRelatedConsFlg>1</LimitApplicationCertificateRelatedConsFlg>"
                + "</QualificationConfirmSearchInfo></MessageBody>\n</XmlMsg>\n";
        return xml.getBytes(charset);
    }

    @Test
    void xmlMessageInUtf8IsAnsweredWithTheSameElementNames() {
        CentralClient.Reply reply = client.postXml("/oqs/v1/messages/OQSsiquc01req",
                xmlRequest("UTF-8", StandardCharsets.UTF_8, "5678"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>")
                .contains("<CharacterCodeIdentifier>0</CharacterCodeIdentifier>")
                .contains("<QualificationValidity>1</QualificationValidity>")
                .contains("<ArbitraryFileIdentifier>髙﨑①</ArbitraryFileIdentifier>")
                .contains("<ResultList>", "<ResultOfQualificationConfirmation>", "<Name>山田　太郎</Name>")
                .contains("<LimitApplicationCertificateClassificationFlag>A03</LimitApplicationCertificateClassificationFlag>");
    }

    @Test
    void xmlMessageInShiftJisIsAnsweredInShiftJis() throws Exception {
        java.nio.charset.Charset ms932 = java.nio.charset.Charset.forName("MS932");
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/oqs/v1/messages/OQSsiquc01req?encoding=Shift_JIS"))
                .header("Content-Type", "application/xml")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(xmlRequest("Shift_JIS", ms932, "5678"))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        String text = new String(response.body(), ms932);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"Shift_JIS\" standalone=\"no\"?>")
                .contains("<CharacterCodeIdentifier>1</CharacterCodeIdentifier>")
                .contains("<ArbitraryFileIdentifier>髙﨑①</ArbitraryFileIdentifier>")
                .contains("<NameKana>ﾔﾏﾀﾞ ﾀﾛｳ</NameKana>");
    }

    @Test
    void brokenJsonIsABadRequestAndAnsweredJsonIsJson() {
        CentralClient.Reply broken = client.confirmJson("{\"XmlMsg\":{\"MessageHeader\":");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(client.confirmJson("").status()).isEqualTo(400);
        CentralClient.Reply answered = client.confirmJson("{\"XmlMsg\":{}}");
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.body()).startsWith("{\"XmlMsg\":{\"MessageHeader\":");
    }

    @Test
    void hostileOrBrokenXmlIsRefusedWithAReason() {
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<XmlMsg><MessageHeader><ArbitraryFileIdentifier>&e;</ArbitraryFileIdentifier></MessageHeader></XmlMsg>")
                .getBytes(StandardCharsets.UTF_8);
        CentralClient.Reply reply = client.postXml("/oqs/v1/messages/OQSsiquc01req", xxe);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("DOCTYPE").doesNotContain("root:");
        CentralClient.Reply broken = client.postXml("/oqs/v1/messages/OQSsiquc01req",
                "<XmlMsg><MessageHeader>".getBytes(StandardCharsets.UTF_8));
        assertThat(broken.status()).isEqualTo(400);
        CentralClient.Reply wrongRoot = client.postXml("/oqs/v1/messages/OQSsiquc01req",
                "<Other/>".getBytes(StandardCharsets.UTF_8));
        assertThat(wrongRoot.body()).contains("XmlMsg");
    }

    @Test
    void everyConfirmationIsAuditedForThePatientWithoutCardData() {
        String header = "PersonKey,InsurerNumber,InsuredCardSymbol,InsuredIdentificationNumber,InsuredBranchNumber,"
                + "PersonalFamilyClassification,Name,Sex1,Birthdate,QualificationDate\n";
        assertThat(client.intake(header + "PK-AUD1,01130012,1234,8100,00,1,監査　一,1,19700101,20200401\n", token).status()).isEqualTo(200);
        confirm("20260501", "01130012", "1234", "8100", "00", "19700101", "0");
        confirm("20260502", "01130012", "1234", "8100", "00", "19700101", "0");
        List<StoredAuditRecord> entries = audit.findByPerson("PK-AUD1", 10, 0);
        assertThat(entries).hasSize(2);
        var newest = entries.get(0).record();
        assertThat(newest.action()).isEqualTo(AuditAction.QUALIFICATION_CONFIRMATION);
        assertThat(newest.institutionCode()).isEqualTo("1312345679");
        assertThat(newest.subject()).isEqualTo("01130012");
        assertThat(newest.outcome()).isEqualTo("1");
        assertThat(newest.detail()).isEqualTo("QualificationConfirmationDate=20260502");
        assertThat(entries.get(1).sequence()).isLessThan(entries.get(0).sequence());
        assertThat(entries.toString()).doesNotContain("8100", "19700101");
    }

    @Test
    void bothTwinsSeeAConfirmationThatDisclosedBoth() {
        int before3 = audit.findByPerson("PK-A3", 1000, 0).size();
        int before4 = audit.findByPerson("PK-A4", 1000, 0).size();
        confirm("20260501", "01130012", "1234", "5678", null, "20200303", "0");
        assertThat(audit.findByPerson("PK-A3", 1000, 0)).hasSize(before3 + 1);
        assertThat(audit.findByPerson("PK-A4", 1000, 0)).hasSize(before4 + 1);
        assertThat(audit.findByPerson("PK-A4", 1, 0).get(0).record().outcome()).isEqualTo("5");
    }

    @Test
    void otherPackagesAuditByPublishingAnEvent() {
        events.publishEvent(new AuditEvent(AuditAction.CONSENT_GIVEN, "1312345679", "PK-EVENT", "PharmacistsInfo", "1", null));
        List<StoredAuditRecord> entries = audit.findByPerson("PK-EVENT", 10, 0);
        assertThat(entries).singleElement().satisfies(e -> assertThat(e.record().action()).isEqualTo(AuditAction.CONSENT_GIVEN));
    }

    @Test
    void theAuditTrailOfAllScenariosVerifies() {
        confirm("20260501", "01130012", "1234", "0000", "00", "19800415", "0");
        var verification = audit.verify();
        assertThat(verification.intact()).as(verification.summary()).isTrue();
        assertThat(verification.entries()).isPositive();
    }

    @Test
    void pingAndOpenApiAreServed() {
        assertThat(client.get("/ping").body()).isEqualTo("pong");
        CentralClient.Reply api = client.get("/v3/api-docs");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains("/api/v1/qualification-confirmations", "/api/v1/insurer/qualifications",
                "QualificationConfirmationRequestDocument", "QualificationConfirmationResultDocument", "InsurerNumber",
                "/api/v1/card-confirmations", "CardConfirmationRequest", "VerificationMethod");
    }
}
