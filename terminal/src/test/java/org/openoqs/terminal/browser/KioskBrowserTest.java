package org.openoqs.terminal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.jpki.VirtualCard;
import org.openoqs.terminal.face.FaceFileName;
import org.openoqs.terminal.fake.FakeCardCentral;
import org.openoqs.terminal.web.TerminalWebFixture;
import org.openoqs.wire.card.CardConfirmationRequest;
import org.openoqs.wire.xml.ParsedXml;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.XmlMsgReader;
import org.openoqs.wire.xml.XmlNode;

/**
 * A patient at the card reader, in a real browser against the real web server and an honest fake central: face,
 * face failure then PIN, wrong PINs, PIN lock-out with 目視確認 by a 管理アカウント, a revoked card. Every walk ends
 * with the face file on disk checked (name, Shift_JIS, ReferenceClassification 1, consents as chosen).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskBrowserTest {

    static final String PIN = "1357";
    static final String RESULT = "MessageBody/ResultList/ResultOfQualificationConfirmation/";

    @TempDir static Path dir;
    TerminalWebFixture fixture;
    Chromium browser;
    Set<Path> faceFilesBefore;

    @BeforeAll
    void start() throws Exception {
        browser = Chromium.start();
        fixture = TerminalWebFixture.start(dir, ResultEncoding.SHIFT_JIS);
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (fixture != null) fixture.close();
    }

    @BeforeEach
    void newPatient() throws IOException {
        browser.forgetSession();
        faceFilesBefore = faceFiles();
    }

    @Test
    void faceRecognitionThenConsentsThenDone() throws Exception {
        VirtualCard card = issue("髙橋　①子", "ﾀｶﾊｼ ｲﾁｺ", "1001");
        placeCard(card);
        browser.clickAndAwait("method-face", "screen-face");
        browser.clickAndAwait("shot-HOLDER_GOOD", "screen-consent");
        answerConsents(true, false, true, false);
        browser.clickAndAwait("prescription-1", "screen-done");
        assertThat(browser.text("screen-done")).contains("受付が完了しました");
        browser.screenshot("kiosk-done");

        XmlNode face = newFaceFile();
        assertThat(face.pathText(RESULT + "Name")).isEqualTo("髙橋　①子");
        assertThat(face.pathText(RESULT + "PharmacistsInfoConsFlg")).isEqualTo("1");
        assertThat(face.pathText(RESULT + "PharmacistsInfoAvailableTime")).as("外来: 24 hours").isNotNull();
        assertThat(face.pathText(RESULT + "SpecificHealthCheckupsInfoConsFlg")).isEqualTo("0");
        assertThat(face.pathText(RESULT + "LimitApplicationCertificateRelatedConsFlg")).isEqualTo("1");
        assertThat(face.pathText(RESULT + "SpecificDiseasesCertificateRelatedConsFlg")).isEqualTo("0");
        assertThat(face.pathText(RESULT + "DiagnosisInfoConsFlg")).as("診療情報 is off by default").isNull();
        assertThat(face.pathText("MessageBody/PrescriptionIssueSelect")).isEqualTo("1");
        CardConfirmationRequest sent = lastRequest();
        assertThat(sent.verificationMethod()).isEqualTo("1");
        assertThat(sent.signature()).isNotBlank();
        assertThat(sent.toString()).doesNotContain(PIN);
    }

    @Test
    void aFailedFaceFallsBackToThePin() throws Exception {
        VirtualCard card = issue("山田　花子", "ﾔﾏﾀﾞ ﾊﾅｺ", "1002");
        placeCard(card);
        browser.clickAndAwait("method-face", "screen-face");
        browser.clickAndAwait("shot-HOLDER_POOR", "screen-pin");
        assertThat(browser.text("notice-face-failed")).contains("顔認証できませんでした。暗証番号で確認します");
        browser.screenshot("kiosk-face-failed");
        enterPin(PIN, "screen-consent");
        answerConsents(true, true, true, true);
        browser.clickAndAwait("prescription-2", "screen-done");

        XmlNode face = newFaceFile();
        assertThat(face.pathText(RESULT + "SpecificHealthCheckupsInfoConsFlg")).isEqualTo("1");
        assertThat(face.pathText("MessageBody/PrescriptionIssueSelect")).isEqualTo("2");
        assertThat(lastRequest().verificationMethod()).isEqualTo("2");
    }

    @Test
    void twoWrongPinsThenTheRightOne() throws Exception {
        VirtualCard card = issue("鈴木　一", "ｽｽﾞｷ ﾊｼﾞﾒ", "1003");
        placeCard(card);
        browser.clickAndAwait("method-pin", "screen-pin");
        enterPin("0000", "notice-wrong-pin");
        assertThat(browser.text("notice-wrong-pin")).contains("あと2回");
        enterPin("1111", "notice-wrong-pin");
        assertThat(browser.text("notice-wrong-pin")).contains("あと1回");
        browser.screenshot("kiosk-wrong-pin");
        enterPin(PIN, "screen-consent");
        answerConsents(false, false, false, false);
        browser.clickAndAwait("prescription-1", "screen-done");

        XmlNode face = newFaceFile();
        assertThat(face.pathText(RESULT + "PharmacistsInfoConsFlg")).isEqualTo("0");
        assertThat(fixture.central.card(card.cardId()).remainingPinTries()).as("the right PIN resets the counter").isEqualTo(3);
    }

    @Test
    void aLockedPinGoesToVisualConfirmationByAnAdministrator() throws Exception {
        VirtualCard card = issue("佐々木　健", "ｻｻｷ ｹﾝ", "1004");
        placeCard(card);
        browser.clickAndAwait("method-pin", "screen-pin");
        enterPin("0000", "notice-wrong-pin");
        enterPin("1111", "notice-wrong-pin");
        enterPin("2222", "screen-pin-locked");
        assertThat(browser.text("screen-pin-locked")).contains("暗証番号がロックされています。受付職員にお声がけください");
        browser.screenshot("kiosk-pin-locked");

        browser.clickAndAwait("call-staff", "login-submit");
        browser.type("username", TerminalWebFixture.ADMIN);
        browser.type("password", TerminalWebFixture.PASSWORD);
        browser.clickAndAwait("login-submit", "screen-visual-check");
        assertThat(browser.text("card-face-name")).isEqualTo("佐々木　健");
        browser.screenshot("kiosk-visual-check");
        browser.clickAndAwait("visual-confirm", "screen-consent");
        answerConsents(true, true, false, false);
        browser.clickAndAwait("prescription-2", "screen-done");

        XmlNode face = newFaceFile();
        assertThat(face.pathText("MessageHeader/SegmentOfResult")).isEqualTo("1");
        CardConfirmationRequest sent = lastRequest();
        assertThat(sent.verificationMethod()).isEqualTo("3");
        assertThat(sent.signature()).as("目視確認 cannot make the card sign").isNull();
        assertThat(sent.staffId()).isEqualTo(TerminalWebFixture.ADMIN);
        // The administrator was signed out again: the kiosk browser has no staff rights left.
        browser.open(fixture.url("/staff/results"));
        browser.await("login-submit");
    }

    @Test
    void aRevokedCardIsRefusedWithCentralsMessage() throws Exception {
        VirtualCard card = issue("田中　次郎", "ﾀﾅｶ ｼﾞﾛｳ", "1005");
        fixture.central.revoke(card);
        placeCard(card);
        browser.clickAndAwait("method-face", "screen-face");
        browser.clickAndAwait("shot-HOLDER_GOOD", "screen-consent");
        answerConsents(true, true, true, true);
        browser.clickAndAwait("prescription-1", "screen-refused");
        assertThat(browser.text("screen-refused")).contains("このカードでは受付できませんでした");
        assertThat(browser.text("refusal-message")).contains("失効");
        browser.screenshot("kiosk-refused");

        XmlNode face = newFaceFile();
        assertThat(face.pathText("MessageHeader/SegmentOfResult")).isEqualTo("9");
        assertThat(face.pathText("MessageHeader/ErrorMessage")).contains("失効");
    }

    // ---- steps ---------------------------------------------------------------------------------------------------

    private VirtualCard issue(String name, String kana, String number) {
        return fixture.central.issueLinkedCard(FakeCardCentral.sample(name, kana, number), PIN);
    }

    private void placeCard(VirtualCard card) {
        browser.open(fixture.url("/kiosk"));
        browser.await("screen-place-card");
        browser.clickAndAwait("card-" + card.cardId(), "screen-choose-method");
    }

    private void enterPin(String pin, String next) {
        browser.await("screen-pin");
        for (char digit : pin.toCharArray()) {
            browser.click("pin-key-" + digit);
        }
        browser.clickAndAwait("pin-submit", next);
    }

    /** Answers the default consent screens in order: 薬剤, 特定健診, 限度額, 特定疾病. */
    private void answerConsents(boolean... answers) {
        List<String> expected = List.of("PHARMACISTS_INFO", "SPECIFIC_HEALTH_CHECKUPS_INFO",
                "LIMIT_APPLICATION_CERTIFICATE", "SPECIFIC_DISEASES_CERTIFICATE");
        for (int i = 0; i < answers.length; i++) {
            assertThat(browser.await("screen-consent").getAttribute("data-category")).isEqualTo(expected.get(i));
            if (i == 0) browser.screenshot("kiosk-consent");
            browser.clickAndAwait(answers[i] ? "consent-yes" : "consent-no",
                    i == answers.length - 1 ? "screen-prescription" : "screen-consent");
        }
    }

    // ---- face files ----------------------------------------------------------------------------------------------

    private Set<Path> faceFiles() throws IOException {
        if (!Files.isDirectory(fixture.faceDir())) return Set.of();
        try (Stream<Path> files = Files.list(fixture.faceDir())) {
            return new HashSet<>(files.toList());
        }
    }

    /** The one face file this walk wrote, checked for the name pattern and the terminal's encoding. */
    private XmlNode newFaceFile() throws IOException {
        Set<Path> now = faceFiles();
        now.removeAll(faceFilesBefore);
        assertThat(now).as("exactly one new face file").hasSize(1);
        Path file = now.iterator().next();
        String name = file.getFileName().toString();
        assertThat(name).matches("OQSsiquc01res_face_" + TerminalWebFixture.CLINIC + "[0-9a-f]{20}_\\d{14}\\.xml");
        assertThat(FaceFileName.parse(name)).isPresent();
        ParsedXml xml = new XmlMsgReader().read(file);
        assertThat(xml.declaredEncoding()).isEqualTo("Shift_JIS");
        assertThat(xml.root().pathText("MessageHeader/CharacterCodeIdentifier")).isEqualTo("1");
        assertThat(xml.root().pathText("MessageHeader/ReferenceClassification")).isEqualTo("1");
        assertThat(xml.root().pathText("MessageHeader/MedicalInstitutionCode")).isEqualTo(TerminalWebFixture.CLINIC);
        assertThat(xml.root().pathText("MessageHeader/ArbitraryFileIdentifier")).matches("[A-Za-z0-9+/]{15}=");
        return xml.root();
    }

    private CardConfirmationRequest lastRequest() {
        List<FakeCardCentral.Confirmation> all = fixture.central.confirmations;
        return all.get(all.size() - 1).request();
    }
}
