package org.openoqs.central.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openoqs.central.CentralApplication;
import org.openoqs.central.intake.InsurerCredentialService;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.core.consent.ConsentState;
import org.openoqs.core.date.DateRange;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.XmlMsgReader;
import org.openoqs.wire.xml.XmlNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 薬剤情報 and 特定健診情報 end to end over real HTTP: intake of both files (idempotent, all-or-nothing, intermediary
 * only) and YZK/TKK request files answered behind consent, in UTF-8 and Shift_JIS. Run once per store by the
 * subclasses. Dates are relative to today (Japan time), as the retention windows are. Batches of 3 lines let the
 * files below cross batch boundaries.
 */
@SpringBootTest(classes = CentralApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "oqs.intake.batch-size=3")
@Import(MedicalScenarios.TestBeans.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MedicalScenarios {
    static final String A = "1312345679";
    static final String B = "2712345673";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;
    static final String DRUG_HEADER = "PersonKey,DiDate,MeTrMonth,MeTrDiHCd,MeTrDiHNm,InOut,DrugC,DrugN,IngreN,Qua1,Unit,UsageN,Times,SpInst,PrDate";
    static final String CHECKUP_HEADER = "PersonKey,EffectiveTime,ItemCode,ItemName,DataType,DataValue,DataValueName,Unit,Oid";
    static final String PHARMACY = "1340000015,さくら薬局 芝公園店,2";
    static final String CLINIC = "1310000003,千代田内科クリニック,1";

    /** The consent and an event recorder, standing in for the consent and audit features. */
    @TestConfiguration
    static class TestBeans {
        @Bean
        @org.springframework.context.annotation.Primary
        InMemoryMedicalConsent medicalConsent() {
            return new InMemoryMedicalConsent();
        }

        @Bean
        RecordedViews recordedViews() {
            return new RecordedViews();
        }
    }

    /** Every {@link MedicalInformationViewed} published. */
    static class RecordedViews {
        final List<MedicalInformationViewed> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(MedicalInformationViewed event) {
            events.add(event);
        }

        MedicalInformationViewed last() {
            assertThat(events).isNotEmpty();
            return events.get(events.size() - 1);
        }
    }

    @LocalServerPort int port;
    @Autowired InsurerCredentialService credentials;
    @Autowired InMemoryMedicalConsent consent;
    @Autowired RecordedViews views;
    @Autowired DrugDispensingStore drugStore;
    @Autowired HealthCheckupStore checkupStore;
    @Autowired JdbcTemplate jdbc;
    final HttpClient http = HttpClient.newHttpClient();
    String token;

    record Reply(int status, byte[] body) {
        String text() { return new String(body, StandardCharsets.UTF_8); }

        JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String day(long daysAgo) {
        return TODAY.minusDays(daysAgo).format(YMD);
    }

    static String drugs(String... lines) {
        return DRUG_HEADER + "\n" + String.join("\n", lines) + "\n";
    }

    static String checkups(String... lines) {
        return CHECKUP_HEADER + "\n" + String.join("\n", lines) + "\n";
    }

    /** PK-B1 (佐藤 次郎, a job changer): three lines on one day with a repeated drug, a clinic visit, one line too old. */
    static final String DRUGS = drugs(
            "PK-B1," + day(10) + ",," + PHARMACY + ",2171022F1020,アムロジピン錠5mg,アムロジピンベシル酸塩,1,錠,1日1回朝食後,28,," + day(10),
            "PK-B1," + day(10) + ",," + PHARMACY + ",1149019F1020,ロキソプロフェンNa錠60mg,,1,錠,疼痛時,5,1日3回まで," + day(10),
            "PK-B1," + day(10) + ",," + PHARMACY + ",2171022F1020,アムロジピン錠5mg,アムロジピンベシル酸塩,0.5,錠,1日1回夕食後,28,," + day(10),
            "PK-B1," + day(45) + ",," + CLINIC + ",6149003F1020,クラリスロマイシン錠200mg,,2,錠,1日2回朝夕食後,7,,",
            "PK-B1," + TODAY.minusYears(4).format(YMD) + ",," + PHARMACY + ",2171022F1020,アムロジピン錠5mg,,1,錠,1日1回朝食後,28,,",
            "PK-A1," + day(5) + ",," + PHARMACY + ",3962002F1020,メトホルミン塩酸塩錠250mg,,3,錠,1日3回毎食後,14,,",
            "PK-E1," + day(5) + ",," + PHARMACY + ",2189015F1020,アトルバスタチン錠10mg,,1,錠,1日1回夕食後,28,,");

    static final String CHECKUPS = checkups(
            "PK-B1," + day(30) + ",9N001000000000001,身長,PQ,170.2,,cm,",
            "PK-B1," + day(30) + ",9N006000000000001,体重,PQ,68.50,,kg,",
            "PK-B1," + day(30) + ",3D046000001906202,HbA1c（NGSP値）,PQ,5.6,,%,",
            "PK-B1," + day(30) + ",1A020000000191111,尿糖,CD,1,－,,1.2.392.200119.6.2101",
            "PK-B1," + day(400) + ",9N001000000000001,身長,PQ,170.4,,cm,",
            "PK-B1," + TODAY.minusYears(6).format(YMD) + ",9N001000000000001,身長,PQ,170.0,,cm,");

    @BeforeAll
    void load() throws IOException {
        token = credentials.create("medical-intermediary", List.of());
        try (InputStream in = getClass().getResourceAsStream("/fixtures/population.csv")) {
            assertThat(post("/api/v1/insurer/qualifications", new String(in.readAllBytes(), StandardCharsets.UTF_8), token).status())
                    .isEqualTo(200);
        }
        Reply d = post("/api/v1/insurer/drug-dispensings", DRUGS, token);
        assertThat(d.status()).as(d.text()).isEqualTo(200);
        assertThat(d.json().get("inserted").asLong()).isEqualTo(7);
        Reply c = post("/api/v1/insurer/health-checkups", CHECKUPS, token);
        assertThat(c.status()).as(c.text()).isEqualTo(200);
        assertThat(c.json().get("inserted").asLong()).isEqualTo(6);
        consent.set(A, "PK-B1", ConsentCategory.PHARMACISTS_INFO, ConsentState.EFFECTIVE)
                .set(A, "PK-B1", ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO, ConsentState.EFFECTIVE)
                .set(A, "PK-A1", ConsentCategory.PHARMACISTS_INFO, ConsentState.EXPIRED)
                .set(A, "PK-E1", ConsentCategory.PHARMACISTS_INFO, ConsentState.WITHDRAWN);
    }

    Reply post(String path, String csv, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
        if (bearer != null) b.header("Authorization", "Bearer " + bearer);
        return send(b.build());
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A YZK/TKK request file in {@code encoding}, answered in the same encoding; returns the result's root. */
    XmlNode ask(String messageId, ResultEncoding encoding, String institution, String cardKeys, String body) {
        String xml = "<?xml version=\"1.0\" encoding=\"" + encoding.declarationName() + "\" standalone=\"no\"?>\n<XmlMsg><MessageHeader>"
                + "<MedicalInstitutionCode>" + institution + "</MedicalInstitutionCode>" + cardKeys
                + "<ArbitraryFileIdentifier>髙-" + messageId + "</ArbitraryFileIdentifier></MessageHeader><MessageBody>" + body
                + "</MessageBody></XmlMsg>";
        Reply reply = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oqs/v1/messages/" + messageId
                        + "?encoding=" + encoding.declarationName()))
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofByteArray(xml.getBytes(encoding.charset())))
                .build());
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        var parsed = new XmlMsgReader().read(reply.body());
        assertThat(parsed.encoding()).isEqualTo(encoding.charset());
        return parsed.root();
    }

    static String card(String insurer, String symbol, String number, String branch) {
        return "<InsurerNumber>" + insurer + "</InsurerNumber>"
                + (symbol == null ? "" : "<InsuranceCardSymbol>" + symbol + "</InsuranceCardSymbol>")
                + "<InsuredPersonIdentificationNumber>" + number + "</InsuredPersonIdentificationNumber>"
                + (branch == null ? "" : "<BranchNumber>" + branch + "</BranchNumber>");
    }

    static final String SATO = card("01130012", "1234", "9999", "00");
    static final String XML_ALL = "<FileCategory>2</FileCategory><PrDiInfClassification>1</PrDiInfClassification><MedicalTreatmentFlag>1</MedicalTreatmentFlag>";

    static List<String> names(XmlNode node) {
        return node.children().stream().map(XmlNode::name).toList();
    }

    static String yyyymm(long daysAgo) {
        return YearMonth.from(TODAY.minusDays(daysAgo)).format(DateTimeFormatter.ofPattern("uuuuMM"));
    }

    // ---- intake ----

    @Test
    void reSendingBothFilesChangesNothing() {
        long drugs = drugStore.count();
        Reply again = post("/api/v1/insurer/drug-dispensings", DRUGS, token);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("rows").asLong()).isEqualTo(7);
        assertThat(again.json().get("unchanged").asLong()).isEqualTo(7);
        assertThat(again.json().get("inserted").asLong() + again.json().get("updated").asLong()).isZero();
        assertThat(drugStore.count()).isEqualTo(drugs);
        Reply checkupsAgain = post("/api/v1/insurer/health-checkups", CHECKUPS, token);
        assertThat(checkupsAgain.json().get("unchanged").asLong()).isEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT kind FROM intake WHERE id = ?", String.class,
                checkupsAgain.json().get("intakeId").asLong())).isEqualTo("health-checkups");
    }

    @Test
    void aRepeatedDrugOnOneDayIsKeptAsItsOwnLine() {
        var lines = drugStore.findByPerson("PK-B1", new DateRange(TODAY.minusDays(10), TODAY.minusDays(10)));
        assertThat(lines).extracting(l -> l.drugC().value(), l -> l.seq(), l -> l.qua1().toPlainString()).containsExactly(
                tuple("2171022F1020", 1, "1"), tuple("1149019F1020", 1, "1"), tuple("2171022F1020", 2, "0.5"));
    }

    @Test
    void aChangedLineIsUpdated() {
        String first = drugs("PK-D1," + day(3) + ",," + PHARMACY + ",2171022F1020,アムロジピン錠5mg,,1,錠,1日1回朝食後,28,,");
        assertThat(post("/api/v1/insurer/drug-dispensings", first, token).json().get("inserted").asLong()).isEqualTo(1);
        Reply changed = post("/api/v1/insurer/drug-dispensings", first.replace(",28,,", ",56,,"), token);
        assertThat(changed.json().get("updated").asLong()).isEqualTo(1);
        assertThat(drugStore.findByPerson("PK-D1", DateRange.yearsUpTo(TODAY, 1))).singleElement()
                .satisfies(d -> assertThat(d.times()).isEqualTo(56));
    }

    @Test
    void aBadLineRejectsTheWholeFileNamingLineAndField() {
        String file = drugs(
                "PK-C1," + day(2) + ",," + PHARMACY + ",2171022F1020,アムロジピン錠5mg,,1,錠,1日1回朝食後,28,,",
                "PK-C1," + day(2) + ",," + PHARMACY + ",2171022F102,アムロジピン錠5mg,,0,錠,1日1回朝食後,28,,",
                "PK-C1," + day(2) + ",199901," + PHARMACY + ",1149019F1020,ロキソプロフェンNa錠60mg,,1,錠,疼痛時,5,,");
        Reply reply = post("/api/v1/insurer/drug-dispensings", file, token);
        assertThat(reply.status()).isEqualTo(422);
        JsonNode report = reply.json();
        assertThat(report.get("accepted").asBoolean()).isFalse();
        assertThat(report.get("errorCount").asLong()).isEqualTo(3);
        assertThat(report.get("errors")).extracting(e -> e.get("line").asLong(), e -> e.get("field").asText())
                .containsExactly(tuple(3L, "DrugC"), tuple(3L, "Qua1"), tuple(4L, "MeTrMonth"));
        assertThat(drugStore.findByPerson("PK-C1", DateRange.yearsUpTo(TODAY, 3))).isEmpty();
    }

    @Test
    void aRepeatSplitAcrossAPersonsGroupsIsADuplicate() {
        String file = drugs(
                "PK-X9," + day(2) + ",," + PHARMACY + ",2171022F1020,アムロジピン錠5mg,,1,錠,1日1回朝食後,28,,",
                "PK-X8," + day(2) + ",," + PHARMACY + ",2171022F1020,アムロジピン錠5mg,,1,錠,1日1回朝食後,28,,",
                "PK-X9," + day(2) + ",," + PHARMACY + ",2171022F1020,アムロジピン錠5mg,,1,錠,1日1回朝食後,28,,");
        JsonNode report = post("/api/v1/insurer/drug-dispensings", file, token).json();
        assertThat(report.get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("line").asLong()).isEqualTo(4);
            assertThat(e.get("field").asText()).isEqualTo("DrugC");
            assertThat(e.get("message").asText()).startsWith("same PersonKey, DiDate, MeTrDiHCd and DrugC as line 2")
                    .contains("keep the lines of one person together");
        });
        String items = checkups("PK-X9," + day(2) + ",9N001000000000001,身長,PQ,170,,cm,",
                "PK-X9," + day(2) + ",9N001000000000001,身長,PQ,171,,cm,");
        JsonNode checkupReport = post("/api/v1/insurer/health-checkups", items, token).json();
        assertThat(checkupReport.get("errors")).singleElement().satisfies(e -> assertThat(e.get("message").asText())
                .isEqualTo("same PersonKey, EffectiveTime and ItemCode as line 2"));
        assertThat(drugStore.findByPerson("PK-X9", DateRange.yearsUpTo(TODAY, 3))).isEmpty();
    }

    @Test
    void aSplitRepeatIsCaughtEvenWhenItsFirstPartIsAlreadyStoredUnchanged() {
        String morning = "PK-X7," + day(2) + ",," + PHARMACY + ",2171022F1020,アムロジピン錠5mg,,1,錠,1日1回朝食後,28,,";
        String evening = "PK-X7," + day(2) + ",," + PHARMACY + ",2171022F1020,アムロジピン錠5mg,,1,錠,1日1回夕食後,28,,";
        String other = "PK-X6," + day(2) + ",," + PHARMACY + ",2171022F1020,アムロジピン錠5mg,,1,錠,1日1回朝食後,28,,";
        String another = "PK-X5," + day(2) + ",," + PHARMACY + ",2171022F1020,アムロジピン錠5mg,,1,錠,1日1回朝食後,28,,";
        assertThat(post("/api/v1/insurer/drug-dispensings", drugs(morning), token).status()).isEqualTo(200);
        // The evening line, meant as a second 用法, comes in the next batch after other persons: numbered 1 again, it
        // would overwrite the stored morning line, which this intake left unchanged.
        Reply split = post("/api/v1/insurer/drug-dispensings", drugs(morning, other, another, evening), token);
        assertThat(split.status()).isEqualTo(422);
        assertThat(split.json().get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("line").asLong()).isEqualTo(5);
            assertThat(e.get("message").asText()).contains("in another group of this person's lines");
        });
        assertThat(drugStore.findByPerson("PK-X7", DateRange.yearsUpTo(TODAY, 1))).singleElement()
                .satisfies(d -> assertThat(d.usageN()).isEqualTo("1日1回朝食後"));
        assertThat(post("/api/v1/insurer/drug-dispensings", drugs(morning, evening, other, another), token).json().get("inserted").asLong())
                .isEqualTo(3);
    }

    @Test
    void onlyTheIntermediaryMayRegisterMedicalInformation() {
        String narrow = credentials.create("insurer-01130012", List.of(InsurerNumber.parse("01130012")));
        Reply forbidden = post("/api/v1/insurer/drug-dispensings", DRUGS, narrow);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("detail").asText()).contains("scope *");
        assertThat(post("/api/v1/insurer/health-checkups", CHECKUPS, narrow).status()).isEqualTo(403);
        assertThat(post("/api/v1/insurer/health-checkups", CHECKUPS, null).status()).isEqualTo(401);
        assertThat(post("/api/v1/insurer/drug-dispensings", DRUGS, "oqs_wrong").status()).isEqualTo(401);
    }

    // ---- YZK ----

    @ParameterizedTest
    @EnumSource(ResultEncoding.class)
    void drugInformationIsAnsweredElementByElement(ResultEncoding encoding) {
        XmlNode root = ask("YZKsiquc01req", encoding, A, SATO, XML_ALL);
        assertThat(names(root)).containsExactly("MessageHeader", "MessageBody");
        XmlNode header = root.child("MessageHeader").orElseThrow();
        assertThat(names(header)).containsExactly("ProcessExecutionTime", "MedicalInstitutionCode", "ArbitraryFileIdentifier",
                "CharacterCodeIdentifier", "ResultCode", "QuaInf");
        assertThat(header.pathText("ProcessExecutionTime")).hasSize(14).startsWith(TODAY.format(YMD));
        assertThat(header.pathText("MedicalInstitutionCode")).isEqualTo(A);
        assertThat(header.pathText("ArbitraryFileIdentifier")).isEqualTo("髙-YZKsiquc01req");
        assertThat(header.pathText("CharacterCodeIdentifier")).isEqualTo(encoding.characterCodeIdentifier());
        assertThat(header.pathText("ResultCode")).isEqualTo("1");
        assertThat(header.child("QuaInf").orElseThrow().children()).extracting(XmlNode::name, XmlNode::text).containsExactly(
                tuple("Name", "佐藤　次郎"), tuple("KanaName", "ｻﾄｳ ｼﾞﾛｳ"), tuple("Birth", "19750120"), tuple("AdmGendCode", "1"));

        List<XmlNode> months = root.child("MessageBody").orElseThrow().children();
        assertThat(months).extracting(XmlNode::name).containsExactly("MeTrMonthInf", "MeTrMonthInf");
        XmlNode pharmacy = months.get(0);
        assertThat(pharmacy.children()).extracting(XmlNode::name, XmlNode::text).startsWith(tuple("DiOrg", "4"),
                tuple("MeTrDiHCd", "1340000015"), tuple("MeTrDiHNm", "さくら薬局 芝公園店"), tuple("MeTrMonth", yyyymm(10)),
                tuple("InOut", "2"));
        XmlNode day = pharmacy.child("DiDateInfs").orElseThrow().child("DiDateInf").orElseThrow();
        assertThat(names(day)).containsExactly("DiDate", "PrDate", "DrugInfs");
        assertThat(day.pathText("DiDate")).isEqualTo(day(10));
        assertThat(day.pathText("PrDate")).isEqualTo(day(10));
        List<XmlNode> drugs = day.child("DrugInfs").orElseThrow().children();
        assertThat(drugs).extracting(d -> d.pathText("DrugN"), d -> d.pathText("Qua1"), d -> d.pathText("UsageN"))
                .containsExactly(tuple("アムロジピン錠5mg", "1", "1日1回朝食後"), tuple("ロキソプロフェンNa錠60mg", "1", "疼痛時"),
                        tuple("アムロジピン錠5mg", "0.5", "1日1回夕食後"));
        assertThat(drugs.get(0).children()).extracting(XmlNode::name, XmlNode::text).containsExactly(
                tuple("DrugC", "2171022F1020"), tuple("DrugN", "アムロジピン錠5mg"), tuple("Qua1", "1"), tuple("Unit", "錠"),
                tuple("UsageN", "1日1回朝食後"), tuple("Times", "28"), tuple("IngreN", "アムロジピンベシル酸塩"));
        assertThat(drugs.get(1).pathText("SpInst")).isEqualTo("1日3回まで");
        XmlNode clinic = months.get(1);
        assertThat(clinic.pathText("DiOrg")).isEqualTo("1");
        assertThat(clinic.pathText("InOut")).isEqualTo("1");
        assertThat(clinic.pathText("MeTrMonth")).isEqualTo(yyyymm(45));
        assertThat(names(clinic.child("DiDateInfs").orElseThrow().child("DiDateInf").orElseThrow())).containsExactly("DiDate", "DrugInfs");
        assertThat(views.last()).satisfies(e -> {
            assertThat(e.institutionCode()).isEqualTo(A);
            assertThat(e.personKey()).isEqualTo("PK-B1");
            assertThat(e.category()).isEqualTo(ConsentCategory.PHARMACISTS_INFO);
            assertThat(e.outcomeCode()).isEqualTo("1");
            assertThat(e.entryCount()).isEqualTo(4);
        });
    }

    @Test
    void thePeriodOfTheRequestSelectsTheDays() {
        XmlNode root = ask("YZKsiquc01req", ResultEncoding.UTF_8, A, SATO,
                "<StartDate>" + day(60) + "</StartDate><EndDate>" + day(20) + "</EndDate>" + XML_ALL);
        assertThat(root.child("MessageBody").orElseThrow().children()).singleElement()
                .satisfies(m -> assertThat(m.pathText("MeTrDiHCd")).isEqualTo("1310000003"));
        assertThat(views.last().entryCount()).isEqualTo(1);
    }

    @Test
    void pdfIsAnsweredAsXmlWithANote() {
        XmlNode root = ask("YZKsiquc01req", ResultEncoding.UTF_8, A, SATO, "<FileCategory>1</FileCategory>");
        assertThat(root.pathText("MessageHeader/ResultCode")).isEqualTo("1");
        assertThat(root.pathText("MessageHeader/MessageContents")).isEqualTo("PDF形式には対応していないため、XML形式で回答します。");
        assertThat(root.child("MessageBody")).isPresent();
    }

    /** A refused answer: its code and reason, no person, no body; the event records it. */
    void assertRefused(XmlNode root, String code, String reason, String personKey) {
        XmlNode header = root.child("MessageHeader").orElseThrow();
        assertThat(names(root)).containsExactly("MessageHeader");
        assertThat(names(header)).containsExactly("ProcessExecutionTime", "MedicalInstitutionCode", "ArbitraryFileIdentifier",
                "CharacterCodeIdentifier", "ResultCode", "MessageContents");
        assertThat(header.pathText("ResultCode")).isEqualTo(code);
        assertThat(header.pathText("MessageContents")).startsWith(reason);
        assertThat(views.last().outcomeCode()).isEqualTo(code);
        assertThat(views.last().personKey()).isEqualTo(personKey);
        assertThat(views.last().entryCount()).isZero();
    }

    @Test
    void drugInformationIsRefusedForEveryConsentStateButEffective() {
        assertRefused(ask("YZKsiquc01req", ResultEncoding.UTF_8, A, card("01130012", "1234", "5678", "00"), XML_ALL),
                "E1002", "同意の有効期限切れ：薬剤情報", "PK-A1");
        assertRefused(ask("YZKsiquc01req", ResultEncoding.SHIFT_JIS, A, card("01130012", "1234", "4321", "00"), XML_ALL),
                "E1003", "同意撤回：薬剤情報", "PK-E1");
        assertRefused(ask("YZKsiquc01req", ResultEncoding.UTF_8, A, card("39131008", null, "00012345", null), XML_ALL),
                "E1001", "同意なし：薬剤情報", "PK-D1");
    }

    @Test
    void anotherInstitutionIsRefusedTheConsentGivenToTheFirst() {
        XmlNode root = ask("YZKsiquc01req", ResultEncoding.UTF_8, B, SATO, XML_ALL);
        assertRefused(root, "E1001", "同意なし", "PK-B1");
        assertThat(root.pathText("MessageHeader/MedicalInstitutionCode")).isEqualTo(B);
        assertThat(views.last().institutionCode()).isEqualTo(B);
    }

    @Test
    void anUnknownCardOrOneMatchingSeveralPersonsIsRefused() {
        assertRefused(ask("YZKsiquc01req", ResultEncoding.UTF_8, A, card("01130012", "1234", "0000", "00"), XML_ALL),
                "E1101", "該当者なし", null);
        assertRefused(ask("YZKsiquc01req", ResultEncoding.UTF_8, A, card("01130012", "1234", "5678", null), XML_ALL),
                "E1102", "複数該当", null);
    }

    @Test
    void aMalformedHeaderIsAnInputErrorNamingTheField() {
        XmlNode root = ask("YZKsiquc01req", ResultEncoding.SHIFT_JIS, A, card("01130013", "1234", "9999", "00"), XML_ALL);
        assertRefused(root, "E1201", "入力誤り", null);
        assertThat(root.pathText("MessageHeader/MessageContents")).contains("InsurerNumber");
        XmlNode noNumber = ask("TKKsiquc01req", ResultEncoding.UTF_8, A, "<InsurerNumber>01130012</InsurerNumber>", "");
        assertRefused(noNumber, "E1201", "入力誤り", null);
        assertThat(noNumber.pathText("MessageHeader/MessageContents")).contains("InsuredPersonIdentificationNumber");
    }

    // ---- TKK ----

    @ParameterizedTest
    @EnumSource(ResultEncoding.class)
    void checkupInformationIsAnsweredElementByElement(ResultEncoding encoding) {
        XmlNode root = ask("TKKsiquc01req", encoding, A, card("06131239", "77", "1001", "00"),
                "<FileCategory>2</FileCategory><PrDiInfClassification>1</PrDiInfClassification><MedicalTreatmentFlag>1</MedicalTreatmentFlag>");
        XmlNode header = root.child("MessageHeader").orElseThrow();
        assertThat(header.pathText("ResultCode")).isEqualTo("1");
        assertThat(header.pathText("CharacterCodeIdentifier")).isEqualTo(encoding.characterCodeIdentifier());
        assertThat(header.child("QualificationsInfo").orElseThrow().children()).extracting(XmlNode::name, XmlNode::text)
                .containsExactly(tuple("Name", "佐藤　次郎"), tuple("KanasName", "ｻﾄｳ ｼﾞﾛｳ"), tuple("Birthday", "19750120"),
                        tuple("AdministrativeGenderCode", "1"));
        List<XmlNode> checkups = root.child("MessageBody").orElseThrow().children();
        assertThat(checkups).extracting(XmlNode::name).containsOnly("SpecificHealthCheckupInfo");
        assertThat(checkups).extracting(c -> c.pathText("EffectiveTime")).containsExactly(day(30), day(400));
        List<XmlNode> items = checkups.get(0).child("HealthCheckupResultAndQuestionInfos").orElseThrow().children();
        assertThat(items).extracting(i -> i.pathText("ItemName"), i -> i.pathText("DataValue")).containsExactly(
                tuple("身長", "170.2"), tuple("体重", "68.5"), tuple("HbA1c（NGSP値）", "5.6"), tuple("尿糖", "1"));
        assertThat(items.get(3).children()).extracting(XmlNode::name, XmlNode::text).containsExactly(
                tuple("ItemCode", "1A020000000191111"), tuple("ItemName", "尿糖"), tuple("DataType", "CD"), tuple("DataValue", "1"),
                tuple("DataValueName", "－"), tuple("Oid", "1.2.392.200119.6.2101"));
        assertThat(names(items.get(0))).containsExactly("ItemCode", "ItemName", "DataType", "DataValue", "Unit");
        assertThat(views.last().category()).isEqualTo(ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO);
        assertThat(views.last().entryCount()).isEqualTo(5);
    }

    @Test
    void checkupInformationNeedsItsOwnConsent() {
        assertRefused(ask("TKKsiquc01req", ResultEncoding.UTF_8, B, SATO, ""), "E1001", "同意なし：特定健診情報", "PK-B1");
        assertRefused(ask("TKKsiquc01req", ResultEncoding.UTF_8, A, card("01130012", "1234", "5678", "00"), ""),
                "E1001", "同意なし：特定健診情報", "PK-A1");
    }
}
