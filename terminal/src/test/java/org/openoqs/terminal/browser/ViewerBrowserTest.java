package org.openoqs.terminal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.jpki.VirtualCard;
import org.openoqs.terminal.fake.FakeCardCentral;
import org.openoqs.terminal.web.TerminalWebFixture;
import org.openoqs.wire.xml.ResultEncoding;

/**
 * 閲覧方法 b/c in a browser: the viewer needs sign-in; after a patient consented at the reader, a doctor sees the
 * patient, opens the 薬剤情報 (fetched from central, which checks the consent) and the print view; the reception list
 * shows the result.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewerBrowserTest {

    @TempDir static Path dir;
    TerminalWebFixture fixture;
    Chromium browser;

    @BeforeAll
    void start() throws Exception {
        browser = Chromium.start();
        fixture = TerminalWebFixture.start(dir, ResultEncoding.UTF_8);
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (fixture != null) fixture.close();
    }

    @Test
    void aDoctorSignsInSeesTheConsentingPatientAndPrintsTheDrugHistory() {
        browser.open(fixture.url("/viewer"));
        browser.await("login-submit");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");

        VirtualCard card = fixture.central.issueLinkedCard(FakeCardCentral.sample("伊藤　美咲", "ｲﾄｳ ﾐｻｷ", "2001"), "2468");
        patientConsentsToDrugInformationOnly(card);
        browser.forgetSession();

        browser.open(fixture.url("/viewer"));
        browser.type("username", TerminalWebFixture.DOCTOR);
        browser.type("password", TerminalWebFixture.PASSWORD);
        // Back where the doctor wanted to go before signing in.
        browser.clickAndAwait("login-submit", "patients");
        assertThat(browser.text("patients")).contains("伊藤　美咲");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector(".open-checkups")))
                .as("no 特定健診 consent, no button").isEmpty();
        browser.screenshot("viewer-patients");
        browser.driver().findElement(org.openqa.selenium.By.cssSelector(".open-drugs")).click();
        assertThat(browser.await("open-print").isDisplayed()).isTrue();
        assertThat(browser.driver().getPageSource()).contains("アムロジピン錠５ｍｇ").contains("さくら薬局");
        browser.screenshot("viewer-drugs");

        browser.clickAndAwait("open-print", "print-button");
        assertThat(browser.text("print-view")).contains("ロスバスタチン錠２．５ｍｇ").contains("伊藤　美咲");
        browser.screenshot("viewer-print");
        assertThat(fixture.central.medicalRequests).as("each view asked central").containsExactly("YZKsiquc01req", "YZKsiquc01req");

        browser.open(fixture.url("/viewer/patients/" + resultIdInList() + "/checkups"));
        assertThat(browser.text("refusal-text")).as("central's refusal, verbatim").contains("閲覧の同意が確認できません");

        browser.open(fixture.url("/staff/results"));
        assertThat(browser.text("results")).contains("伊藤　美咲").contains("3割").contains("薬剤情報：同意あり")
                .contains("顔認証").contains("06130012");
        browser.screenshot("staff-results");
    }

    private void patientConsentsToDrugInformationOnly(VirtualCard card) {
        browser.open(fixture.url("/kiosk"));
        browser.clickAndAwait("card-" + card.cardId(), "screen-choose-method");
        browser.clickAndAwait("method-face", "screen-face");
        browser.clickAndAwait("shot-HOLDER_GOOD", "screen-consent");
        browser.clickAndAwait("consent-yes", "screen-consent");
        browser.clickAndAwait("consent-no", "screen-consent");
        browser.clickAndAwait("consent-no", "screen-consent");
        browser.clickAndAwait("consent-no", "screen-prescription");
        browser.clickAndAwait("prescription-1", "screen-done");
    }

    private String resultIdInList() {
        browser.open(fixture.url("/viewer"));
        return browser.await("patients").findElement(org.openqa.selenium.By.cssSelector("tr[data-result-id]"))
                .getAttribute("data-result-id");
    }
}
