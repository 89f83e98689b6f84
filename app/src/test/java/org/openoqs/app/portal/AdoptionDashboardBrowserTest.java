package org.openoqs.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.app.central.CentralServer;
import org.openoqs.app.generate.StagedFile;
import org.openoqs.core.adoption.AdoptionStage;
import org.openoqs.core.adoption.InstitutionAdoption;
import org.openoqs.core.adoption.InstitutionCsv;
import org.openoqs.core.adoption.InstitutionPopulationGenerator;
import org.openoqs.core.code.Prefecture;
import org.openoqs.portal.PortalServer;
import org.openoqs.portal.account.StaffAccounts;
import org.openoqs.portal.account.StaffRole;
import org.openoqs.portal.adoption.AdoptionImporter;
import org.openoqs.terminal.browser.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The 導入状況 dashboard in a real browser, on a portal started alone with the full generated national population
 * (229,717 institutions, seed 1) imported: 山梨県 sees its charts drawn (screenshot {@code dashboard-prefecture}) and
 * downloads the CSV of its institutions not yet operating in autumn 2022 (the letter's use case); 厚生労働省 sees the
 * national view (screenshot {@code dashboard-national}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdoptionDashboardBrowserTest {
    static final LocalDate AUTUMN_2022 = LocalDate.of(2022, 10, 16);
    static final String PASSWORD = "dashboard-password-1";

    @TempDir static Path dir;
    List<InstitutionAdoption> population;
    PortalServer portal;
    Chromium browser;
    Path downloads;

    @BeforeAll
    void start() throws Exception {
        downloads = dir.resolve("downloads");
        browser = Chromium.start(downloads);
        population = new InstitutionPopulationGenerator(1).generate(InstitutionPopulationGenerator.NATIONAL_COUNT);
        Path file = dir.resolve("institutions.csv");
        try (StagedFile staged = StagedFile.open(file)) {
            InstitutionCsv.writeHeader(staged.writer());
            for (InstitutionAdoption institution : population) InstitutionCsv.write(staged.writer(), institution);
            staged.commit();
        }
        portal = PortalLauncher.startAlone(0, new CentralServer.Store(dir.resolve("data"), null, null, null));
        portal.context().getBean(AdoptionImporter.class).importFile(file, n -> { });
        StaffAccounts staff = portal.context().getBean(StaffAccounts.class);
        staff.put("mhlw", "厚生労働省", StaffRole.MHLW, null, PASSWORD);
        staff.put("yamanashi", "山梨県 医務課", StaffRole.PREFECTURE, Prefecture.YAMANASHI, PASSWORD);
    }

    @AfterAll
    void stop() {
        try {
            if (browser != null) browser.close();
        } finally {
            if (portal != null) portal.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.forgetSession();
    }

    @Test
    void yamanashiSeesItsChartsAndDownloadsTheInstitutionsNotYetOperating() throws Exception {
        signIn("yamanashi");
        assertThat(browser.text("scope-label")).isEqualTo("山梨県");
        browser.open(portal.url() + "/dashboard?asOf=" + AUTUMN_2022);
        awaitCharts();
        double share = Double.parseDouble(browser.text("summary-operating-share"));
        assertThat(share).as("the letter's 約3割").isBetween(25.0, 35.0);
        browser.screenshot("dashboard-prefecture");

        // The link is below the charts: bring it to the middle of the window at once (Bootstrap makes scrolling
        // smooth, and a click during the animation lands on whatever passes under the pointer).
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", browser.await("not-started-csv"));
        browser.click("not-started-csv");
        Path csv = browser.awaitDownload("not-started-19-" + AUTUMN_2022 + ".csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFFMedicalInstitutionCode,PrefectureCode,InstitutionType,");
        List<String> expected = population.stream().filter(i -> i.prefecture() == Prefecture.YAMANASHI)
                .filter(i -> i.stageOn(AUTUMN_2022) != AdoptionStage.OPERATING)
                .map(i -> i.medicalInstitutionCode().value()).sorted().toList();
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.substring(0, 10)).toList()).isEqualTo(expected);
    }

    @Test
    void mhlwSeesTheNationalView() {
        signIn("mhlw");
        browser.open(portal.url() + "/dashboard?asOf=2023-02-19&sort=operating");
        awaitCharts();
        assertThat(browser.text("scope-label")).isEqualTo("全国");
        assertThat(browser.text("summary-total")).isEqualTo("229,717");
        assertThat(Double.parseDouble(browser.text("summary-operating-share"))).isBetween(48.1, 51.1);
        assertThat(browser.driver().findElements(By.cssSelector("#prefecture-table tbody tr"))).hasSize(47);
        browser.screenshot("dashboard-national");
    }

    private void signIn(String loginId) {
        browser.open(portal.url() + "/login");
        browser.type("username", loginId);
        browser.type("password", PASSWORD);
        browser.clickAndAwait("login-submit", "dashboard");
    }

    /** Both charts drawn by dashboard-charts.js (it marks them data-rendered). */
    private void awaitCharts() {
        new WebDriverWait(browser.driver(), Chromium.WAIT).until(d -> {
            String error = d.findElement(By.id("dashboard-charts")).getAttribute("data-error");
            if (error != null) throw new AssertionError("charts failed: " + error);
            return "true".equals(d.findElement(By.id("stage-chart")).getAttribute("data-rendered"))
                    && "true".equals(d.findElement(By.id("operating-chart")).getAttribute("data-rendered"));
        });
    }
}
