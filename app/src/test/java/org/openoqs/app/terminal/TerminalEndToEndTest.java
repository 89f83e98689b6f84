package org.openoqs.app.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.app.AppTestSupport;
import org.openoqs.app.central.CentralServer;
import org.openoqs.central.intake.InsurerCredentialService;
import org.openoqs.central.intake.IntakeService;
import org.openoqs.terminal.TerminalAgent;
import org.openoqs.terminal.TerminalConfig;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.XmlMsgReader;
import org.openoqs.wire.xml.XmlNode;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole file interface: request files in the real format dropped into {@code req} of a running terminal agent,
 * forwarded to a running central service, answered in {@code res}; checked field by field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerminalEndToEndTest {
    static final Charset MS932 = Charset.forName("MS932");
    static final String CLINIC = "1312345679";
    @TempDir static Path dir;
    ConfigurableApplicationContext central;
    URI centralUrl;

    @BeforeAll
    void startCentral() {
        int port = freePort();
        central = CentralServer.start(port, new CentralServer.Store(dir.resolve("data"), null, null, null), Map.of());
        centralUrl = URI.create("http://127.0.0.1:" + port);
        var credential = central.getBean(InsurerCredentialService.class);
        var token = credential.create("e2e", List.of());
        var report = central.getBean(IntakeService.class).intake(new StringReader(
                "PersonKey,InsurerNumber,InsurerName,InsuredCardSymbol,InsuredIdentificationNumber,InsuredBranchNumber,"
                        + "PersonalFamilyClassification,Name,NameKana,Sex1,Birthdate,PostNumber,QualificationDate\n"
                        + "PK-1,01130012,全国健康保険協会東京支部,１２３,４５６,01,2,髙橋　①子,ﾀｶﾊｼ ｲﾁｺ,2,19850203,100-0001,20200401\n"
                        + "PK-2,131011,千代田区,千代田,000777,00,1,鈴木　一,ｽｽﾞｷ ﾊｼﾞﾒ,1,19700101,102-0074,20100401\n"),
                "e2e.csv", credential.authenticate(token).orElseThrow(), n -> { });
        assertThat(report.accepted()).as(report.errors().toString()).isTrue();
    }

    @AfterAll
    void stop() {
        central.close();
    }

    TerminalAgent terminal(Path terminalDir, ResultEncoding encoding) throws Exception {
        return TerminalAgent.start(TerminalConfig.builder(terminalDir, centralUrl).resultEncoding(encoding)
                .settleTime(Duration.ofMillis(50)).scanInterval(Duration.ofMillis(100)).centralTimeout(Duration.ofSeconds(5)).build());
    }

    static void drop(Path terminalDir, String name, String xml, Charset charset) throws Exception {
        Path staging = terminalDir.resolve(name + ".staging");
        Files.write(staging, xml.getBytes(charset));
        Files.move(staging, terminalDir.resolve("req").resolve(name));
    }

    static XmlNode awaitResult(Path terminalDir, String name) throws Exception {
        Path file = terminalDir.resolve("res").resolve(name);
        for (int i = 0; i < 200 && !Files.exists(file); i++) Thread.sleep(50);
        assertThat(file).as("result " + name).exists();
        return new XmlMsgReader().read(file).root();
    }

    static String singleRequest(String encoding, String symbol, String number, String branch, String birthdate) {
        return "<?xml version=\"1.0\" encoding=\"" + encoding + "\" standalone=\"no\"?>\n<XmlMsg>\n<MessageHeader>"
                + "<QualificationConfirmationDate>20260501</QualificationConfirmationDate>"
                + "<MedicalInstitutionCode>" + CLINIC + "</MedicalInstitutionCode>"
                + "<ArbitraryFileIdentifier>受付0001</ArbitraryFileIdentifier></MessageHeader>\n<MessageBody>"
                + "<QualificationConfirmSearchInfo><InsurerNumber>" + "  131011".substring(0, 0) + "01130012</InsurerNumber>"
                + "<InsuredCardSymbol>" + symbol + "</InsuredCardSymbol><InsuredIdentificationNumber>" + number
                + "</InsuredIdentificationNumber><InsuredBranchNumber>" + branch + "</InsuredBranchNumber><Birthdate>" + birthdate
                + "</Birthdate><LimitApplicationCertificateRelatedConsFlg>0</LimitApplicationCertificateRelatedConsFlg>"
                + "</QualificationConfirmSearchInfo></MessageBody>\n</XmlMsg>\n";
    }

    @Test
    void shiftJisRequestIsAnsweredInShiftJisFieldByField() throws Exception {
        Path terminalDir = dir.resolve("sjis");
        try (TerminalAgent agent = terminal(terminalDir, ResultEncoding.SHIFT_JIS)) {
            drop(terminalDir, "OQSsiquc01req_20260501090000001.xml", singleRequest("Shift_JIS", "123", "456", "01", "19850203"), MS932);
            XmlNode res = awaitResult(terminalDir, "OQSsiquc01res_20260501090000001.xml");
            String text = new String(Files.readAllBytes(terminalDir.resolve("res/OQSsiquc01res_20260501090000001.xml")), MS932);
            assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"Shift_JIS\" standalone=\"no\"?>");
            assertThat(res.pathText("MessageHeader/CharacterCodeIdentifier")).isEqualTo("1");
            assertThat(res.pathText("MessageHeader/ArbitraryFileIdentifier")).isEqualTo("受付0001");
            assertThat(res.pathText("MessageHeader/MedicalInstitutionCode")).isEqualTo(CLINIC);
            assertThat(res.pathText("MessageHeader/ReferenceClassification")).isEqualTo("2");
            assertThat(res.pathText("MessageHeader/SegmentOfResult")).isEqualTo("1");
            assertThat(res.pathText("MessageBody/ProcessingResultStatus")).isEqualTo("1");
            assertThat(res.pathText("MessageBody/QualificationValidity")).isEqualTo("1");
            XmlNode r = res.path("MessageBody/ResultList/ResultOfQualificationConfirmation").orElseThrow();
            assertThat(r.childText("Name")).isEqualTo("髙橋　①子");
            assertThat(r.childText("NameKana")).isEqualTo("ﾀｶﾊｼ ｲﾁｺ");
            assertThat(r.childText("InsuredCardSymbol")).isEqualTo("123");
            assertThat(r.childText("InsuredIdentificationNumber")).isEqualTo("456");
            assertThat(r.childText("InsuredBranchNumber")).isEqualTo("01");
            assertThat(r.childText("PersonalFamilyClassification")).isEqualTo("2");
            assertThat(r.childText("Birthdate")).isEqualTo("19850203");
            assertThat(r.childText("QualificationDate")).isEqualTo("20200401");
            assertThat(terminalDir.resolve("req")).isEmptyDirectory();
        }
    }

    @Test
    void utf8RequestsBulkAndReferenceNumbersThroughTheTerminal() throws Exception {
        Path terminalDir = dir.resolve("utf8");
        try (TerminalAgent agent = terminal(terminalDir, ResultEncoding.UTF_8)) {
            drop(terminalDir, "OQSsiquc01req_a.xml", singleRequest("UTF-8", "123", "456", "01", "19850204"), StandardCharsets.UTF_8);
            XmlNode notFound = awaitResult(terminalDir, "OQSsiquc01res_a.xml");
            assertThat(notFound.pathText("MessageHeader/CharacterCodeIdentifier")).isEqualTo("0");
            assertThat(notFound.pathText("MessageBody/QualificationValidity")).isEqualTo("4");

            drop(terminalDir, "OQSsiimm01req_b.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?><XmlMsg><MessageHeader>"
                    + "<MedicalInstitutionCode>" + CLINIC + "</MedicalInstitutionCode></MessageHeader><MessageBody><ReferenceNumberRegistrationInfo>"
                    + "<ReferenceNumber>KARTE-42</ReferenceNumber><InsurerNumber>  131011</InsurerNumber><InsuredCardSymbol>千代田</InsuredCardSymbol>"
                    + "<InsuredIdentificationNumber>000777</InsuredIdentificationNumber><InsuredBranchNumber>00</InsuredBranchNumber>"
                    + "</ReferenceNumberRegistrationInfo></MessageBody></XmlMsg>", StandardCharsets.UTF_8);
            assertThat(awaitResult(terminalDir, "OQSsiimm01res_b.xml").pathText("MessageBody/ProcessingResultStatus")).isEqualTo("1");

            drop(terminalDir, "OQSmuquc01req_c.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?><XmlMsg><MessageHeader>"
                    + "<MedicalInstitutionCode>" + CLINIC + "</MedicalInstitutionCode><QualificationConfirmationDate>20260501</QualificationConfirmationDate>"
                    + "</MessageHeader><MessageBody><QualificationConfirmSearchInfo><InsurerNumber>00131011</InsurerNumber>"
                    + "<InsuredCardSymbol>千代田</InsuredCardSymbol><InsuredIdentificationNumber>000777</InsuredIdentificationNumber>"
                    + "<InsuredBranchNumber>00</InsuredBranchNumber><Birthdate>19700101</Birthdate><ArbitraryIdentifier>p-1</ArbitraryIdentifier>"
                    + "</QualificationConfirmSearchInfo></MessageBody></XmlMsg>", StandardCharsets.UTF_8);
            String reception = awaitResult(terminalDir, "OQSmuquc01res_c.xml").pathText("MessageBody/ReceptionNumber");
            assertThat(reception).hasSize(20);

            XmlNode bulk = null;
            for (int i = 0; i < 20; i++) {
                String name = "OQSmuquc02req_d" + i + ".xml";
                drop(terminalDir, name, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?><XmlMsg><MessageHeader><MedicalInstitutionCode>"
                        + CLINIC + "</MedicalInstitutionCode></MessageHeader><MessageBody><ReceptionNumber>" + reception
                        + "</ReceptionNumber></MessageBody></XmlMsg>", StandardCharsets.UTF_8);
                bulk = awaitResult(terminalDir, name.replace("req_", "res_"));
                if ("1".equals(bulk.pathText("MessageHeader/SegmentOfResult"))) break;
                Thread.sleep(100);
            }
            assertThat(bulk.pathText("MessageHeader/SegmentOfResult")).isEqualTo("1");
            assertThat(bulk.pathText("MessageHeader/NumberOfProcessingResult")).isEqualTo("1");
            XmlNode unit = bulk.path("MessageBody/BulkConfirmUnit").orElseThrow();
            assertThat(unit.pathText("QualificationConfirmSearchInfo/ArbitraryIdentifier")).isEqualTo("p-1");
            assertThat(unit.childText("QualificationValidity")).isEqualTo("1");
            assertThat(unit.childText("ReferenceNumber")).isEqualTo("KARTE-42");
            assertThat(unit.pathText("ResultOfQualificationConfirmation/InsurerNumber")).isEqualTo("  131011");
        }
    }

    /**
     * 薬剤情報 and 特定健診情報 requests as S4 writes them (Shift_JIS, insurance keys in the header) go through the
     * terminal to central and come back as result files. No card was read at this clinic, so central's consent store
     * has no 閲覧同意 and the answer is a refusal (the granted path is tested in central's card scenarios).
     */
    @Test
    void drugAndCheckupRequestsAreAnsweredThroughTheTerminal() throws Exception {
        Path terminalDir = dir.resolve("medical");
        try (TerminalAgent agent = terminal(terminalDir, ResultEncoding.SHIFT_JIS)) {
            for (String prefix : List.of("YZK", "TKK")) {
                drop(terminalDir, prefix + "siquc01req_022605010900PAT1.xml", "<?xml version=\"1.0\" encoding=\"Shift_JIS\" standalone=\"no\"?>\n"
                        + "<XmlMsg><MessageHeader><MedicalInstitutionCode>" + CLINIC + "</MedicalInstitutionCode>"
                        + "<InsurerNumber>01130012</InsurerNumber><InsuranceCardSymbol>１２３</InsuranceCardSymbol>"
                        + "<InsuredPersonIdentificationNumber>456</InsuredPersonIdentificationNumber><BranchNumber>01</BranchNumber>"
                        + "<ArbitraryFileIdentifier>髙橋" + prefix + "</ArbitraryFileIdentifier></MessageHeader><MessageBody>"
                        + "<FileCategory>2</FileCategory><PrDiInfClassification>1</PrDiInfClassification>"
                        + "<MedicalTreatmentFlag>1</MedicalTreatmentFlag></MessageBody></XmlMsg>\n", MS932);
                XmlNode res = awaitResult(terminalDir, prefix + "siquc01res_022605010900PAT1.xml");
                assertThat(res.pathText("MessageHeader/CharacterCodeIdentifier")).isEqualTo("1");
                assertThat(res.pathText("MessageHeader/ArbitraryFileIdentifier")).isEqualTo("髙橋" + prefix);
                assertThat(res.pathText("MessageHeader/MedicalInstitutionCode")).isEqualTo(CLINIC);
                assertThat(res.pathText("MessageHeader/ResultCode")).isNotEqualTo("1");
                // No card was read at this clinic, so no 閲覧同意 exists: refused by the real consent store.
                assertThat(res.pathText("MessageHeader/MessageContents")).startsWith("同意なし");
                assertThat(res.child("MessageBody")).isEmpty();
            }
        }
    }

    @Test
    void hostileRequestGetsAnErrFileAndNeverReachesCentral() throws Exception {
        Path terminalDir = dir.resolve("hostile");
        try (TerminalAgent agent = terminal(terminalDir, ResultEncoding.UTF_8)) {
            drop(terminalDir, "OQSsiquc01req_x.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + "<XmlMsg><MessageHeader><ArbitraryFileIdentifier>&e;</ArbitraryFileIdentifier></MessageHeader></XmlMsg>", StandardCharsets.UTF_8);
            Path err = terminalDir.resolve("res/OQSsiquc01req_x.err");
            for (int i = 0; i < 100 && !Files.exists(err); i++) Thread.sleep(50);
            assertThat(Files.readString(err)).contains("DOCTYPE").doesNotContain("root:");
            assertThat(terminalDir.resolve("res/OQSsiquc01req_x.xml")).exists();
        }
    }

    private static int freePort() {
        try {
            return AppTestSupport.freePort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
