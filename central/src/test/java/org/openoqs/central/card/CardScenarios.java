package org.openoqs.central.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openoqs.central.CentralApplication;
import org.openoqs.central.consent.ConsentService;
import org.openoqs.central.intake.InsurerCredentialService;
import org.openoqs.central.support.CentralClient;
import org.openoqs.central.support.MutableClock;
import org.openoqs.core.code.Sex;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.core.consent.ConsentState;
import org.openoqs.core.identity.BasicFourFacts;
import org.openoqs.jpki.JpkiAuthority;
import org.openoqs.jpki.VirtualCard;
import org.openoqs.wire.xml.OqsMessageCodec;
import org.openoqs.wire.xml.XmlNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The My Number card path end to end over real HTTP: linkage (紐付け) with 基本4情報 matching, challenge, signature,
 * chain and revocation checks, the 照会区分 1 answer, and the consents it records. Run on both stores by the
 * subclasses.
 */
@SpringBootTest(classes = {CentralApplication.class, CardScenarios.TestClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CardScenarios {
    static final String CLINIC = "1312345679", OTHER_CLINIC = "1310000014";
    static final Path JPKI_DIR = tempDir("oqs-jpki-");
    static final Path WALLET_DIR = tempDir("oqs-wallet-");
    static final ObjectMapper JSON = new ObjectMapper();
    static final OqsMessageCodec CODEC = new OqsMessageCodec();

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.now(), java.time.ZoneId.of("Asia/Tokyo"));
        }
    }

    @DynamicPropertySource
    static void jpki(DynamicPropertyRegistry registry) {
        registry.add("oqs.jpki.dir", JPKI_DIR::toString);
        registry.add("oqs.patient.wallet-dir", WALLET_DIR::toString);
    }

    @LocalServerPort int port;
    @Autowired InsurerCredentialService credentials;
    @Autowired ConsentService consents;
    @Autowired MutableClock clock;
    @Autowired CardChallengeService challenges;
    @Autowired JdbcTemplate jdbc;
    CentralClient client;
    String token;
    JpkiAuthority jlis;
    VirtualCard taro, hanakoMoved, unlinked, revoked;

    @BeforeAll
    void setUp() throws IOException {
        client = new CentralClient(port);
        token = credentials.create("card-test-insurer", List.of());
        assertThat(client.intake(fixture("population.csv"), token).status()).isEqualTo(200);
        jlis = JpkiAuthority.createOrLoad(JPKI_DIR, Clock.systemUTC());
        LocalDate issued = LocalDate.now().minusYears(1);
        // Same person, the address written differently from the insurer's record: must match after normalisation.
        taro = jlis.issue(new BasicFourFacts("山田 太郎", LocalDate.of(1980, 4, 15), Sex.MALE, "東京都千代田区千代田1-1"),
                "1234", "face-taro", issued);
        // The insurer still has the old address: must be held, never linked.
        hanakoMoved = jlis.issue(new BasicFourFacts("山田　花子", LocalDate.of(1982, 7, 10), Sex.FEMALE,
                "神奈川県横浜市中区山下町2-3"), "1234", "face-hanako", issued);
        unlinked = jlis.issue(new BasicFourFacts("山田　太郎", LocalDate.of(1980, 4, 15), Sex.MALE, "東京都千代田区千代田1-1"),
                "1234", "face-taro", issued);
        revoked = jlis.issue(new BasicFourFacts("山田　太郎", LocalDate.of(1980, 4, 15), Sex.MALE, "東京都千代田区千代田1-1"),
                "1234", "face-taro", issued);
        new org.openoqs.jpki.CardWallet(WALLET_DIR).save(taro);
        new org.openoqs.jpki.CardWallet(WALLET_DIR).save(unlinked);
        JsonNode report = link(Map.of("PK-A1", taro, "PK-A2", hanakoMoved)).json();
        assertThat(report.get("Linked").asInt()).as(report.toString()).isEqualTo(1);
        jlis.revoke(revoked.certificate().getSerialNumber());
    }

    // --- linkage ---------------------------------------------------------------------------------------------------

    @Test
    void aMismatchingLinkIsHeldAndReportedNeverLinked() {
        JsonNode held = client.get("/api/v1/insurer/card-links/held", Map.of("Authorization", "Bearer " + token)).json();
        assertThat(held).anySatisfy(h -> {
            assertThat(h.get("PersonKey").asText()).isEqualTo("PK-A2");
            assertThat(h.get("Mismatches").asText()).isEqualTo("Address");
        });
        XmlNode answer = confirm(hanakoMoved, "2", Map.of(), null);
        assertThat(answer.pathText("MessageHeader/SegmentOfResult")).isEqualTo("9");
        assertThat(answer.pathText("MessageHeader/ErrorCode")).isEqualTo("E0304");
    }

    @Test
    void sendingTheSameMismatchAgainIsHeldAgain() {
        JsonNode report = link(Map.of("PK-A2", hanakoMoved)).json();
        assertThat(report.get("Linked").asInt()).isZero();
        assertThat(report.get("Held").get(0).get("Mismatches").get(0).asText()).isEqualTo("Address");
    }

    @Test
    void aRevokedCardCannotBeLinkedNorConfirm() {
        JsonNode report = link(Map.of("PK-A1", revoked)).json();
        assertThat(report.get("Refused").get(0).get("Message").asText()).contains("REVOKED");
        XmlNode answer = confirm(revoked, "2", Map.of(), null);
        assertThat(answer.pathText("MessageHeader/ErrorCode")).isEqualTo("E0302");
    }

    @Test
    void aCardAlreadyLinkedToSomeoneElseIsHeld() {
        JsonNode report = link(Map.of("PK-A3", taro)).json();
        assertThat(report.get("Linked").asInt()).isZero();
        assertThat(report.get("Held").get(0).get("Mismatches").get(0).asText()).isEqualTo("PersonKey");
    }

    @Test
    void aMalformedLinkFileIsRefusedWholeWithLineAndField() {
        CentralClient.Reply reply = client.post("/api/v1/insurer/card-links", "text/csv",
                "InsurerNumber,PersonKey,Certificate\n01130012,PK-A1,***\n01130012,123456789018,AAAA\n",
                Map.of("Authorization", "Bearer " + token));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).contains("\"line\":2").contains("Certificate").contains("\"line\":3").contains("PersonKey")
                .doesNotContain("123456789018");
    }

    @Test
    void linkingNeedsAnInsurerCredential() {
        assertThat(client.post("/api/v1/insurer/card-links", "text/csv", "InsurerNumber,PersonKey,Certificate\n",
                Map.of()).status()).isEqualTo(401);
    }

    // --- confirmation ----------------------------------------------------------------------------------------------

    @Test
    void aPinSignedCardIsConfirmedWithConsentsRecorded() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("PharmacistsInfoConsFlg", "1");
        answers.put("SpecificHealthCheckupsInfoConsFlg", "0");
        answers.put("LimitApplicationCertificateRelatedConsFlg", "1");
        XmlNode answer = confirm(taro, "2", answers, null);
        assertThat(answer.pathText("MessageHeader/SegmentOfResult")).isEqualTo("1");
        assertThat(answer.pathText("MessageHeader/ReferenceClassification")).isEqualTo("1");
        assertThat(answer.pathText("MessageHeader/ArbitraryFileIdentifier")).isEqualTo("ArnHCeDfNjMCFzg=");
        assertThat(answer.pathText("MessageHeader/MedicalInstitutionCode")).isEqualTo(CLINIC);
        assertThat(answer.pathText("MessageBody/QualificationValidity")).isEqualTo("1");
        assertThat(answer.pathText("MessageBody/PrescriptionIssueSelect")).isEqualTo("1");
        String r = "MessageBody/ResultList/ResultOfQualificationConfirmation/";
        assertThat(answer.pathText(r + "Name")).isEqualTo("山田　太郎");
        assertThat(answer.pathText(r + "PharmacistsInfoConsFlg")).isEqualTo("1");
        String consTime = answer.pathText(r + "PharmacistsInfoConsTime");
        assertThat(answer.pathText(r + "PharmacistsInfoAvailableTime"))
                .isEqualTo(java.time.LocalDateTime.parse(consTime, java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                        .plusHours(24).format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss")));
        assertThat(answer.pathText(r + "SpecificHealthCheckupsInfoConsFlg")).isEqualTo("0");
        assertThat(answer.pathText(r + "LimitApplicationCertificateRelatedConsFlg")).isEqualTo("1");
        assertThat(answer.pathText(r + "LimitApplicationCertificateRelatedInfo/LimitApplicationCertificateClassificationFlag"))
                .isEqualTo("A03");
        assertThat(consents.stateOf(CLINIC, "PK-A1", ConsentCategory.PHARMACISTS_INFO)).isEqualTo(ConsentState.EFFECTIVE);
        assertThat(consents.stateOf(OTHER_CLINIC, "PK-A1", ConsentCategory.PHARMACISTS_INFO)).isEqualTo(ConsentState.NONE);
    }

    @Test
    void theLimitBlockLeavesOnlyWithConsent() {
        XmlNode answer = confirm(taro, "2", Map.of("LimitApplicationCertificateRelatedConsFlg", "0"), null);
        String r = "MessageBody/ResultList/ResultOfQualificationConfirmation/";
        assertThat(answer.pathText(r + "LimitApplicationCertificateRelatedConsFlg")).isEqualTo("0");
        assertThat(answer.pathText(r + "LimitApplicationCertificateRelatedInfo/LimitApplicationCertificateClassificationFlag")).isNull();
    }

    @Test
    void aChallengeIsUsedOnce() throws Exception {
        JsonNode challenge = challenge(CLINIC);
        byte[] signature = taro.signWithPin(Base64.getDecoder().decode(challenge.get("Challenge").asText()), "1234");
        assertThat(confirmWith(challenge, taro, signature, "2", null).pathText("MessageHeader/SegmentOfResult")).isEqualTo("1");
        assertThat(confirmWith(challenge, taro, signature, "2", null).pathText("MessageHeader/ErrorCode")).isEqualTo("E0305");
    }

    @Test
    void everyConsentLookupIsServedByTheOneConsentIndex() {
        // The shapes of JdbcConsentStore's statements: the medical-information check and a re-reading's withdrawal
        // (institution, person, category), the patient page (person only).
        List<String> statements = List.of(
                "SELECT id FROM consent WHERE institution_code = '1310000001' AND person_key = 'PK-A1' AND category = 'PHARMACISTS_INFO'",
                "UPDATE consent SET withdrawn_by = 'REREAD' WHERE institution_code = '1310000001' AND person_key = 'PK-A1'"
                        + " AND category = 'PHARMACISTS_INFO' AND withdrawn_at IS NULL",
                "SELECT id FROM consent WHERE person_key = 'PK-A1' ORDER BY cons_time DESC, id DESC");
        for (String statement : statements) {
            assertThat(plan(statement)).as(statement).containsIgnoringCase("ix_consent_person_institution");
        }
    }

    /** The query plan; on PostgreSQL with sequential scans off, since a test table is small enough to scan. */
    private String plan(String statement) {
        return jdbc.execute((ConnectionCallback<String>) con -> {
            boolean postgres = "PostgreSQL".equals(con.getMetaData().getDatabaseProductName());
            try (var s = con.createStatement()) {
                if (postgres) s.execute("SET enable_seqscan = off");
                StringBuilder plan = new StringBuilder();
                try (var rows = s.executeQuery("EXPLAIN " + statement)) {
                    while (rows.next()) plan.append(rows.getString(1)).append('\n');
                }
                if (postgres) s.execute("RESET enable_seqscan");
                return plan.toString();
            }
        });
    }

    @Test
    void ofConcurrentUsesOfOneChallengeExactlyOneGetsIt() throws Exception {
        for (int round = 0; round < 20; round++) {
            String id = challenges.issue(CLINIC).challengeId();
            var start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<Optional<byte[]>>> uses = new ArrayList<>();
                for (int i = 0; i < 6; i++) uses.add(pool.submit(() -> { start.await(); return challenges.consume(id, CLINIC); }));
                start.countDown();
                long got = 0;
                for (var use : uses) if (use.get().isPresent()) got++;
                assertThat(got).as("round %d", round).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aCertificateWithLineBreaksAsInPemIsRead() throws Exception {
        JsonNode challenge = challenge(CLINIC);
        byte[] signature = taro.signWithPin(Base64.getDecoder().decode(challenge.get("Challenge").asText()), "1234");
        String wrapped = der(taro).replaceAll("(.{64})", "$1\r\n");
        assertThat(wrapped).contains("\r\n");
        XmlNode answer = post(CLINIC, challenge, wrapped, signature, "2", null, "OUTPATIENT", Map.of());
        assertThat(answer.pathText("MessageHeader/SegmentOfResult")).isEqualTo("1");
    }

    @Test
    void anotherInstitutionsChallengeIsRefused() throws Exception {
        JsonNode challenge = challenge(OTHER_CLINIC);
        byte[] signature = taro.signWithPin(Base64.getDecoder().decode(challenge.get("Challenge").asText()), "1234");
        assertThat(confirmWith(challenge, taro, signature, "2", null).pathText("MessageHeader/ErrorCode")).isEqualTo("E0305");
    }

    @Test
    void anExpiredChallengeIsRefused() throws Exception {
        JsonNode challenge = challenge(CLINIC);
        byte[] signature = taro.signWithPin(Base64.getDecoder().decode(challenge.get("Challenge").asText()), "1234");
        clock.advance(Duration.ofMinutes(6));
        assertThat(confirmWith(challenge, taro, signature, "2", null).pathText("MessageHeader/ErrorCode")).isEqualTo("E0305");
    }

    @Test
    void aSignatureByAnotherCardIsRefused() throws Exception {
        JsonNode challenge = challenge(CLINIC);
        byte[] signature = unlinked.signWithPin(Base64.getDecoder().decode(challenge.get("Challenge").asText()), "1234");
        assertThat(confirmWith(challenge, taro, signature, "2", null).pathText("MessageHeader/ErrorCode")).isEqualTo("E0301");
    }

    @Test
    void anUnlinkedCardIsRefused() {
        assertThat(confirm(unlinked, "2", Map.of(), null).pathText("MessageHeader/ErrorCode")).isEqualTo("E0304");
    }

    @Test
    void visualConfirmationNeedsNoSignatureButNamesTheStaff() throws Exception {
        JsonNode challenge = challenge(CLINIC);
        XmlNode withoutStaff = confirmWith(challenge, taro, null, "3", null);
        assertThat(withoutStaff.pathText("MessageHeader/SegmentOfResult")).isEqualTo("9");
        XmlNode withStaff = confirmWith(challenge(CLINIC), taro, null, "3", "admin");
        assertThat(withStaff.pathText("MessageBody/QualificationValidity")).isEqualTo("1");
    }

    // --- consent lifetime ------------------------------------------------------------------------------------------

    @Test
    void outpatientConsentExpiresAfter24HoursAndInpatientLastsUntilWithdrawn() {
        String clinic = "1310000029";
        confirmAt(clinic, taro, "OUTPATIENT", Map.of("SpecificHealthCheckupsInfoConsFlg", "1"));
        confirmAt(clinic, taro, "INPATIENT", Map.of("DiagnosisInfoConsFlg", "1"));
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(consents.stateOf(clinic, "PK-A1", ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO)).isEqualTo(ConsentState.EXPIRED);
        assertThat(consents.stateOf(clinic, "PK-A1", ConsentCategory.DIAGNOSIS_INFO)).isEqualTo(ConsentState.EFFECTIVE);
        clock.advance(Duration.ofDays(30));
        assertThat(consents.stateOf(clinic, "PK-A1", ConsentCategory.DIAGNOSIS_INFO)).isEqualTo(ConsentState.EFFECTIVE);
        long id = consents.consentsOf("PK-A1").stream().filter(c -> c.institutionCode().equals(clinic)
                && c.category() == ConsentCategory.DIAGNOSIS_INFO).findFirst().orElseThrow().id();
        assertThat(consents.withdrawByPatient("PK-A2", id)).as("someone else's consent").isFalse();
        assertThat(consents.withdrawByPatient("PK-A1", id)).isTrue();
        assertThat(consents.stateOf(clinic, "PK-A1", ConsentCategory.DIAGNOSIS_INFO)).isEqualTo(ConsentState.WITHDRAWN);
    }

    @Test
    void answeringNoAtALaterReadingEndsTheEarlierConsent() {
        String clinic = "1310000037";
        confirmAt(clinic, taro, "INPATIENT", Map.of("PharmacistsInfoConsFlg", "1"));
        assertThat(consents.stateOf(clinic, "PK-A1", ConsentCategory.PHARMACISTS_INFO)).isEqualTo(ConsentState.EFFECTIVE);
        confirmAt(clinic, taro, "INPATIENT", Map.of("PharmacistsInfoConsFlg", "0"));
        assertThat(consents.stateOf(clinic, "PK-A1", ConsentCategory.PHARMACISTS_INFO)).isEqualTo(ConsentState.WITHDRAWN);
    }

    // --- medical information behind consent --------------------------------------------------------------------------

    @Test
    void medicalInformationLeavesOnlyUnderAnEffectiveConsentOfThatInstitution() {
        String clinic = "1310000052", other = "1310000060";
        String day = java.time.LocalDate.now(clock).minusDays(7).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        CentralClient.Reply intake = client.post("/api/v1/insurer/drug-dispensings", "text/csv",
                "PersonKey,DiDate,MeTrDiHCd,MeTrDiHNm,InOut,DrugC,DrugN,Qua1,Unit,UsageN,Times\n"
                        + "PK-A1," + day + ",1340000015,さくら薬局 芝公園店,2,2171022F1020,アムロジピン錠5mg,1,錠,1日1回朝食後,28\n",
                Map.of("Authorization", "Bearer " + token));
        assertThat(intake.status()).as(intake.body()).isEqualTo(200);

        assertThat(medical("YZKsiquc01req", clinic).pathText("MessageHeader/ResultCode")).as("no consent yet").isNotEqualTo("1");
        confirmAt(clinic, taro, "OUTPATIENT", Map.of("PharmacistsInfoConsFlg", "1", "SpecificHealthCheckupsInfoConsFlg", "0"));
        XmlNode granted = medical("YZKsiquc01req", clinic);
        assertThat(granted.pathText("MessageHeader/ResultCode")).isEqualTo("1");
        assertThat(granted.pathText("MessageBody/MeTrMonthInf/DiDateInfs/DiDateInf/DrugInfs/DrugInf/DrugN")).isEqualTo("アムロジピン錠5mg");
        assertThat(medical("YZKsiquc01req", other).pathText("MessageHeader/ResultCode")).as("another institution").isNotEqualTo("1");
        assertThat(medical("TKKsiquc01req", clinic).pathText("MessageHeader/ResultCode")).as("another category").isNotEqualTo("1");

        clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(medical("YZKsiquc01req", clinic).pathText("MessageHeader/ResultCode")).as("after expiry").isNotEqualTo("1");

        confirmAt(clinic, taro, "INPATIENT", Map.of("PharmacistsInfoConsFlg", "1"));
        assertThat(medical("YZKsiquc01req", clinic).pathText("MessageHeader/ResultCode")).isEqualTo("1");
        long id = consents.consentsOf("PK-A1").stream().filter(c -> c.institutionCode().equals(clinic)
                && c.withdrawnAt() == null && c.availableTime() == null).findFirst().orElseThrow().id();
        assertThat(consents.withdrawByPatient("PK-A1", id)).isTrue();
        XmlNode refused = medical("YZKsiquc01req", clinic);
        assertThat(refused.pathText("MessageHeader/ResultCode")).as("after withdrawal").isNotEqualTo("1");
        assertThat(refused.pathText("MessageHeader/MessageContents")).isNotBlank();
        assertThat(refused.child("MessageBody")).isEmpty();
    }

    XmlNode medical(String messageId, String institution) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?><XmlMsg><MessageHeader>"
                + "<MedicalInstitutionCode>" + institution + "</MedicalInstitutionCode><InsurerNumber>01130012</InsurerNumber>"
                + "<InsuranceCardSymbol>1234</InsuranceCardSymbol><InsuredPersonIdentificationNumber>5678</InsuredPersonIdentificationNumber>"
                + "<BranchNumber>00</BranchNumber><ArbitraryFileIdentifier>m-1</ArbitraryFileIdentifier></MessageHeader>"
                + "<MessageBody><FileCategory>2</FileCategory><MedicalTreatmentFlag>1</MedicalTreatmentFlag></MessageBody></XmlMsg>";
        CentralClient.Reply reply = client.postXml("/oqs/v1/messages/" + messageId, xml.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return CODEC.readTree(reply.body().getBytes(StandardCharsets.UTF_8));
    }

    // --- patient page ----------------------------------------------------------------------------------------------

    @Test
    void thePatientSignsInWithCardAndPinSeesConsentsAndWithdrawsOne() throws Exception {
        String clinic = "1310000045";
        confirmAt(clinic, taro, "INPATIENT", Map.of("PharmacistsInfoConsFlg", "1"));
        PatientBrowser patient = new PatientBrowser(port);
        String wrong = patient.signIn(taro.cardId(), "9999");
        assertThat(wrong).contains("暗証番号が違います").contains("あと2回");
        assertThat(patient.signIn(unlinked.cardId(), "1234")).contains("紐付けられていません");
        String home = patient.signIn(taro.cardId(), "1234");
        assertThat(home).contains("同意の一覧").contains(clinic).contains("薬剤情報").contains("取り消すまで");
        long id = consents.consentsOf("PK-A1").stream().filter(c -> c.institutionCode().equals(clinic)).findFirst()
                .orElseThrow().id();
        String after = patient.withdraw(id);
        assertThat(consents.stateOf(clinic, "PK-A1", ConsentCategory.PHARMACISTS_INFO)).isEqualTo(ConsentState.WITHDRAWN);
        assertThat(after).contains("取り消し済み").contains("閲覧記録").contains("資格確認（マイナ保険証）")
                .contains("同意の撤回").contains("本人によるログイン");
        assertThat(patient.withdrawWithToken(id, "forged")).isEqualTo(403);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    CentralClient.Reply link(Map<String, VirtualCard> cards) {
        StringBuilder csv = new StringBuilder("InsurerNumber,PersonKey,Certificate\n");
        cards.forEach((personKey, card) -> csv.append("01130012,").append(personKey).append(',').append(der(card)).append('\n'));
        return client.post("/api/v1/insurer/card-links", "text/csv", csv.toString(), Map.of("Authorization", "Bearer " + token));
    }

    JsonNode challenge(String institution) {
        CentralClient.Reply reply = client.post("/api/v1/card-confirmations/challenges", "application/json",
                "{\"MedicalInstitutionCode\":\"" + institution + "\"}", Map.of());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    XmlNode confirm(VirtualCard card, String method, Map<String, String> answers, String staff) {
        return attempt(CLINIC, card, "OUTPATIENT", answers, method, staff);
    }

    /** A confirmation that must succeed. */
    XmlNode confirmAt(String institution, VirtualCard card, String setting, Map<String, String> answers) {
        XmlNode answer = attempt(institution, card, setting, answers, "2", null);
        assertThat(answer.pathText("MessageHeader/ErrorMessage")).isNull();
        return answer;
    }

    XmlNode attempt(String institution, VirtualCard card, String setting, Map<String, String> answers, String method,
                    String staff) {
        try {
            JsonNode challenge = challenge(institution);
            byte[] signature = method.equals("3") ? null
                    : card.signWithPin(Base64.getDecoder().decode(challenge.get("Challenge").asText()), "1234");
            return post(institution, challenge, card, signature, method, staff, setting, answers);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    XmlNode confirmWith(JsonNode challenge, VirtualCard card, byte[] signature, String method, String staff) throws IOException {
        return post(CLINIC, challenge, card, signature, method, staff, "OUTPATIENT", Map.of());
    }

    XmlNode post(String institution, JsonNode challenge, VirtualCard card, byte[] signature, String method, String staff,
                 String setting, Map<String, String> answers) throws IOException {
        return post(institution, challenge, der(card), signature, method, staff, setting, answers);
    }

    XmlNode post(String institution, JsonNode challenge, String certificate, byte[] signature, String method, String staff,
                 String setting, Map<String, String> answers) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("MedicalInstitutionCode", institution);
        body.put("ArbitraryFileIdentifier", "ArnHCeDfNjMCFzg=");
        body.put("ChallengeId", challenge.get("ChallengeId").asText());
        body.put("Certificate", certificate);
        if (signature != null) body.put("Signature", Base64.getEncoder().encodeToString(signature));
        body.put("VerificationMethod", method);
        if (staff != null) body.put("StaffId", staff);
        body.put("CareSetting", setting);
        body.put("Consents", answers);
        body.put("PrescriptionIssueSelect", "1");
        CentralClient.Reply reply = client.post("/api/v1/card-confirmations", "application/json",
                JSON.writeValueAsString(body), Map.of());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return CODEC.readTree(reply.body().getBytes(StandardCharsets.UTF_8));
    }

    static String der(VirtualCard card) {
        try {
            return Base64.getEncoder().encodeToString(card.certificate().getEncoded());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String fixture(String name) throws IOException {
        try (var in = CardScenarios.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
