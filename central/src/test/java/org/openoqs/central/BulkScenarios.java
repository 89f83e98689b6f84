package org.openoqs.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openoqs.central.support.OqsFiles.institution;
import static org.openoqs.central.support.OqsFiles.registration;
import static org.openoqs.central.support.OqsFiles.search;
import static org.openoqs.central.support.OqsFiles.xml;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openoqs.central.support.CentralClient;
import org.openoqs.core.audit.AuditAction;
import org.openoqs.core.audit.StoredAuditRecord;
import org.openoqs.wire.xml.XmlJson;
import org.openoqs.wire.xml.XmlMsgReader;

/**
 * 一括照会 (OQSmuquc01/02) and 照会番号 registration (OQSsiimm01, OQSmuimm01/02) as request files over HTTP, on the
 * population of {@link CentralScenarios}. Institution A and B are two valid 医療機関コード.
 */
abstract class BulkScenarios extends CentralScenarios {
    static final String A = "1312345679";
    static final String B = "2712345673";

    JsonNode post(String messageId, byte[] file, Map<String, String> headers) {
        CentralClient.Reply reply = client.postXml("/oqs/v1/messages/" + messageId, file, headers);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var root = new XmlMsgReader().read(reply.body().getBytes(StandardCharsets.UTF_8)).root();
        return new XmlJson().toJson(root).get("XmlMsg");
    }

    String submitBulk(String institutionCode, String searches) {
        JsonNode r = post("OQSmuquc01req", xml(institution(institutionCode) + "<QualificationConfirmationDate>20260501</QualificationConfirmationDate>"
                + "<ArbitraryFileIdentifier>bulk-1</ArbitraryFileIdentifier>", searches), Map.of());
        assertThat(r.at("/MessageHeader/SegmentOfResult").asText()).isEqualTo("1");
        assertThat(r.at("/MessageBody/ReceptionDateTime").asText()).hasSize(14);
        return r.at("/MessageBody/ReceptionNumber").asText();
    }

    JsonNode download(String messageId, String institutionCode, String receptionNumber) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonNode r = post(messageId, xml(institution(institutionCode), "<ReceptionNumber>" + receptionNumber + "</ReceptionNumber>"), Map.of());
            if (!"2".equals(r.at("/MessageHeader/SegmentOfResult").asText())) return r;
            Thread.sleep(50);
        }
        throw new AssertionError("still processing after 5 s");
    }

    @Test
    void bulkConfirmationIsAcceptedThenDownloadedWithCounts() throws Exception {
        String reception = submitBulk(A, search("r1", "01130012", "1234", "5678", "00", "19800415")
                + search("r2", "01130012", "1234", "0000", "00", "19800415")
                + search("r3", "01130012", "1234", "5678", null, "20200303")
                + search("r4", "01130013", "1234", "5678", "00", "19800415"));
        JsonNode result = download("OQSmuquc02req", A, reception);
        assertThat(result.at("/MessageHeader/SegmentOfResult").asText()).isEqualTo("1");
        assertThat(result.at("/MessageHeader/ReceptionNumber").asText()).isEqualTo(reception);
        assertThat(result.at("/MessageHeader/QualificationConfirmationDate").asText()).isEqualTo("20260501");
        assertThat(result.at("/MessageHeader/NumberOfProcessingResult").asText()).isEqualTo("4");
        assertThat(result.at("/MessageHeader/NumberOfNormalProcessing").asText()).isEqualTo("3");
        assertThat(result.at("/MessageHeader/NumberOfError").asText()).isEqualTo("1");
        JsonNode units = result.at("/MessageBody/BulkConfirmUnit");
        assertThat(units).hasSize(4);
        assertThat(units.get(0).at("/QualificationConfirmSearchInfo/ArbitraryIdentifier").asText()).isEqualTo("r1");
        assertThat(units.get(0).get("QualificationValidity").asText()).isEqualTo("1");
        assertThat(units.get(0).at("/ResultOfQualificationConfirmation/0/Name").asText()).isEqualTo("山田　太郎");
        assertThat(units.get(1).get("QualificationValidity").asText()).isEqualTo("4");
        assertThat(units.get(2).get("QualificationValidity").asText()).isEqualTo("5");
        assertThat(units.get(2).get("ResultOfQualificationConfirmation")).hasSize(2);
        assertThat(units.get(3).get("ProcessingResultStatus").asText()).isEqualTo("2");
    }

    @Test
    void anotherInstitutionCannotDownloadTheResult() throws Exception {
        String reception = submitBulk(A, search("r1", "01130012", "1234", "5678", "00", "19800415"));
        JsonNode foreign = download("OQSmuquc02req", B, reception);
        assertThat(foreign.at("/MessageHeader/SegmentOfResult").asText()).isEqualTo("9");
        assertThat(foreign.at("/MessageBody").isMissingNode()).isTrue();
        JsonNode never = download("OQSmuquc02req", B, "00000000000000000000");
        assertThat(never.at("/MessageHeader/ErrorCode").asText()).isEqualTo(foreign.at("/MessageHeader/ErrorCode").asText());
        assertThat(download("OQSmuquc02req", A, reception).at("/MessageHeader/SegmentOfResult").asText()).isEqualTo("1");
    }

    @Test
    void resubmissionWithTheSameRequestIdGetsTheSameReceptionNumber() {
        byte[] file = xml(institution(A), search("r1", "01130012", "1234", "5678", "00", "19800415"));
        Map<String, String> id = Map.of("X-OQS-Request-Id", "req-" + System.nanoTime());
        String first = post("OQSmuquc01req", file, id).at("/MessageBody/ReceptionNumber").asText();
        String again = post("OQSmuquc01req", file, id).at("/MessageBody/ReceptionNumber").asText();
        String other = post("OQSmuquc01req", file, Map.of()).at("/MessageBody/ReceptionNumber").asText();
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void referenceNumberComesBackOnlyToTheInstitutionThatRegisteredIt() throws Exception {
        JsonNode registered = post("OQSsiimm01req", xml(institution(A) + "<ArbitraryFileIdentifier>imm-1</ArbitraryFileIdentifier>",
                registration("PT-0001", "01130012", "1234", "5678", "01")), Map.of());
        assertThat(registered.at("/MessageHeader/SegmentOfResult").asText()).isEqualTo("1");
        assertThat(registered.at("/MessageBody/ProcessingResultStatus").asText()).isEqualTo("1");
        assertThat(registered.at("/MessageBody/ReferenceNumberRegistrationInfo/0/ReferenceNumber").asText()).isEqualTo("PT-0001");

        String hanako = search("h", "01130012", "1234", "5678", "01", "19820710");
        JsonNode mine = download("OQSmuquc02req", A, submitBulk(A, hanako));
        assertThat(mine.at("/MessageBody/BulkConfirmUnit/0/ReferenceNumber").asText()).isEqualTo("PT-0001");
        JsonNode theirs = download("OQSmuquc02req", B, submitBulk(B, hanako));
        assertThat(theirs.at("/MessageBody/BulkConfirmUnit/0/QualificationValidity").asText()).isEqualTo("1");
        assertThat(theirs.at("/MessageBody/BulkConfirmUnit/0/ReferenceNumber").isMissingNode()).isTrue();
    }

    @Test
    void bulkReferenceNumberRegistrationReportsEachPatient() throws Exception {
        JsonNode accepted = post("OQSmuimm01req", xml(institution(B), registration("K-1", "39131008", "", "00012345", null)
                + registration("K-2", "01130012", "1234", "0000", "00")
                + registration("K-3", "01130012", "1234", "5678", null)), Map.of());
        String reception = accepted.at("/MessageBody/ReceptionNumber").asText();
        JsonNode result = download("OQSmuimm02req", B, reception);
        assertThat(result.at("/MessageHeader/NumberOfProcessingResult").asText()).isEqualTo("3");
        assertThat(result.at("/MessageHeader/NumberOfError").asText()).isEqualTo("2");
        JsonNode units = result.at("/MessageBody/BulkRegistrationUnit");
        assertThat(units.get(0).get("ProcessingResultStatus").asText()).isEqualTo("1");
        assertThat(units.get(1).get("ProcessingResultCode").asText()).isEqualTo("E0201");
        assertThat(units.get(2).get("ProcessingResultCode").asText()).as("a household card without 枝番").isEqualTo("E0202");
        assertThat(download("OQSmuquc02req", B, reception).at("/MessageHeader/SegmentOfResult").asText())
                .as("a registration reception is not a confirmation reception").isEqualTo("9");

        JsonNode lateElderly = download("OQSmuquc02req", B, submitBulk(B, search("k", "39131008", null, "00012345", null, "19400202")));
        assertThat(lateElderly.at("/MessageBody/BulkConfirmUnit/0/ReferenceNumber").asText()).isEqualTo("K-1");
    }

    @Test
    void bulkConfirmationAuditsEachPersonInOneSegment() throws Exception {
        String header = "PersonKey,InsurerNumber,InsuredCardSymbol,InsuredIdentificationNumber,InsuredBranchNumber,"
                + "PersonalFamilyClassification,Name,Sex1,Birthdate,QualificationDate\n";
        assertThat(client.intake(header + "PK-BAUD1,01130012,1234,8201,00,1,一括　一,1,19700101,20200401\n"
                + "PK-BAUD2,01130012,1234,8202,00,1,一括　二,2,19710101,20200401\n", token).status()).isEqualTo(200);
        String reception = submitBulk(B, search("b1", "01130012", "1234", "8201", "00", "19700101")
                + search("b0", "01130012", "1234", "0000", "00", "19700101")
                + search("b2", "01130012", "1234", "8202", "00", "19710101"));
        download("OQSmuquc02req", B, reception);
        StoredAuditRecord first = audit.findByPerson("PK-BAUD1", 10, 0).get(0);
        StoredAuditRecord second = audit.findByPerson("PK-BAUD2", 10, 0).get(0);
        assertThat(first.record().action()).isEqualTo(AuditAction.BULK_CONFIRMATION);
        assertThat(first.record().institutionCode()).isEqualTo(B);
        assertThat(first.record().outcome()).isEqualTo("1");
        assertThat(second.sequence()).as("the miss in between, nothing else").isEqualTo(first.sequence() + 2);
        assertThat(first.record().recordedAt()).isEqualTo(second.record().recordedAt());
    }

    @Test
    void unknownMessageTypeIsNotFoundAndEmptyBulkIsRefused() {
        assertThat(client.postXml("/oqs/v1/messages/OQSxxxxx01req", xml(institution(A), ""), Map.of()).status()).isEqualTo(404);
        JsonNode empty = post("OQSmuquc01req", xml(institution(A), ""), Map.of());
        assertThat(empty.at("/MessageHeader/SegmentOfResult").asText()).isEqualTo("9");
        assertThat(empty.at("/MessageHeader/ErrorMessage").asText()).contains("QualificationConfirmSearchInfo");
    }
}
