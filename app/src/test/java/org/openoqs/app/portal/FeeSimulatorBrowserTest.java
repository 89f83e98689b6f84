package org.openoqs.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.app.central.CentralServer;
import org.openoqs.portal.PortalServer;
import org.openoqs.terminal.browser.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The 加算シミュレーター in a real browser, signed out: each leaflet preset shows the leaflet's figures, Chart.js draws
 * the monthly yen across the rule changes (the page marks the canvas once drawn), and a changed input redraws both
 * through htmx. Screenshots: fees-chart (clinic), fees-chart-pharmacy, fees-chart-live.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeeSimulatorBrowserTest {
    @TempDir static Path dir;
    PortalServer portal;
    Chromium browser;

    @BeforeAll
    void start() {
        // First: without a browser the class is skipped (or fails, OQS_REQUIRE_BROWSER=1) before the portal starts.
        browser = Chromium.start();
        portal = PortalLauncher.startAlone(0, new CentralServer.Store(dir.resolve("data"), null, null, null));
    }

    @AfterAll
    void stop() {
        try {
            if (browser != null) browser.close();
        } finally {
            if (portal != null) portal.close();
        }
    }

    @Test
    void theClinicPresetShowsTheLeafletsFiguresAndTheChart() {
        browser.open(portal.url() + "/fees");
        browser.await("fee-form");
        awaitChart();
        browser.click("preset-clinic");
        awaitText("fee-card-month", "8,600");
        assertThat(browser.text("fee-card-points-day")).isEqualTo("43");
        assertThat(browser.text("fee-card-day")).isEqualTo("430");
        assertThat(browser.text("fee-card-year")).isEqualTo("103,200");
        assertThat(browser.text("fee-paper-year")).isEqualTo("21,600");
        WebElement chart = awaitChart();
        assertThat(chart.getDomAttribute("data-error")).isNull();
        showChart(chart);
        browser.screenshot("fees-chart");
    }

    @Test
    void thePharmacyPresetShowsTheLeafletsFiguresAndTheChart() {
        browser.open(portal.url() + "/fees");
        browser.click("preset-pharmacy");
        awaitText("fee-card-month", "10,110");
        assertThat(browser.text("fee-card-points-month")).isEqualTo("1,011");
        assertThat(browser.text("fee-card-year")).isEqualTo("121,320");
        assertThat(browser.text("fee-paper-year")).isEqualTo("31,800");
        assertThat(browser.driver().findElement(By.id("clinic-fields")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("patientsPerMonth")).isDisplayed()).isTrue();
        showChart(awaitChart());
        browser.screenshot("fees-chart-pharmacy");
    }

    @Test
    void aChangedInputUpdatesTheResultAndRedrawsTheChart() {
        browser.open(portal.url() + "/fees?model=clinic");
        WebElement before = awaitChart();
        // Everyone with a card: (7 × 3 + 4 × 20) = 101点/日 → 1,010円/日 → 20,200円/月 → 242,400円/年.
        browser.type("cardRatePercent", "100");
        awaitText("fee-card-year", "242,400");
        browser.awaitGone(before);
        assertThat(browser.text("fee-card-month")).isEqualTo("20,200");
        showChart(awaitChart());
        browser.screenshot("fees-chart-live");
    }

    /** Waits until Chart.js has drawn the current canvas (fees-chart.js sets data-rendered after its first render). */
    private WebElement awaitChart() {
        new WebDriverWait(browser.driver(), Chromium.WAIT).until(ExpectedConditions.attributeToBe(
                By.id("fee-chart"), "data-rendered", "true"));
        return browser.driver().findElement(By.id("fee-chart"));
    }

    /** Brings the chart into the screenshot; instant, because Bootstrap makes scrolling smooth (animated). */
    private void showChart(WebElement chart) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", chart);
    }

    private void awaitText(String id, String text) {
        new WebDriverWait(browser.driver(), Chromium.WAIT).until(ExpectedConditions.textToBe(By.id(id), text));
    }
}
