package org.openoqs.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.app.AppTestSupport;
import org.openoqs.app.central.CentralServer;
import org.openoqs.app.central.TlsOptions;
import org.openoqs.central.intake.InsurerCredentialService;
import org.openoqs.central.intake.IntakeService;
import org.openoqs.central.pki.CaDirectory;
import org.openoqs.central.pki.Pkcs12;
import org.openoqs.central.pki.PkiProperties;
import org.openoqs.central.pki.TerminalCertificates;
import org.openoqs.core.number.CheckDigit;
import org.openoqs.portal.PortalServer;
import org.openoqs.portal.account.StaffAccounts;
import org.openoqs.portal.account.StaffRole;
import org.openoqs.terminal.TerminalAgent;
import org.openoqs.terminal.TerminalConfig;
import org.openoqs.terminal.browser.Chromium;
import org.openoqs.wire.tls.ClientTls;
import org.openoqs.wire.xml.XmlMsgReader;
import org.openoqs.wire.xml.XmlNode;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The portal in a real browser, end to end with central: a clinic registers, applies for a card reader and for
 * オンライン資格確認, the 支払基金 operator approves, the clinic downloads the trust store and a terminal certificate,
 * a terminal reaches central over mutual TLS with exactly those downloaded files, and after the clinic revokes the
 * certificate on the portal central refuses it at once (same JVM: the portal shares central's certificate registry).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserEndToEndTest {
    /** 別添２'s worked example: 広島 (34), 医科 (1), 0712 → 2: a 診療所, one card reader free of charge. */
    static final String CLINIC = CheckDigit.append("341071236");
    /** Registers and applies, but nobody approves. */
    static final String WAITING_CLINIC = CheckDigit.append("131234567");
    static final String PASSWORD = "correct-horse-42";
    static final String OPERATOR = "operator";
    static final String OPERATOR_PASSWORD = "operator-password-1";
    static final String TERMINAL_ID = "uketsuke-1";
    static final String CERTIFICATE_PASSWORD = "p12-password-42";

    @TempDir static Path dir;
    ConfigurableApplicationContext central;
    PortalServer portal;
    Chromium browser;
    URI centralUrl;
    Path downloads;

    @BeforeAll
    void start() throws Exception {
        // First: without a browser the class is skipped (or fails, OQS_REQUIRE_BROWSER=1) before any server starts.
        downloads = dir.resolve("downloads");
        browser = Chromium.start(downloads);
        Path dataDir = dir.resolve("data");
        // The portal issues from <data-dir>/ca, the CA central's TLS trusts: create it, with central's certificate, first.
        CaDirectory.ServerTls tls = new CaDirectory(dataDir, Clock.systemDefaultZone())
                .ensureServerTls(PkiProperties.defaults(), List.of());
        Map<String, Object> p = TlsOptions.properties(tls, "want");
        int port = AppTestSupport.freePort();
        CentralServer.Store store = new CentralServer.Store(dataDir, null, null, null);
        central = CentralServer.start(port, store, p);
        centralUrl = URI.create("https://localhost:" + port);
        var credentials = central.getBean(InsurerCredentialService.class);
        var report = central.getBean(IntakeService.class).intake(new StringReader(
                "PersonKey,InsurerNumber,InsuredCardSymbol,InsuredIdentificationNumber,InsuredBranchNumber,"
                        + "PersonalFamilyClassification,Name,Sex1,Birthdate,QualificationDate\n"
                        + "PK-1,01130012,1,77,00,1,佐藤　一,1,19800101,20200401\n"),
                "portal.csv", credentials.authenticate(credentials.create("portal", List.of())).orElseThrow(), n -> { });
        assertThat(report.accepted()).isTrue();

        portal = PortalLauncher.startBeside(central, 0, store);
        portal.context().getBean(StaffAccounts.class).put(OPERATOR, "支払基金 審査", StaffRole.OPERATOR, null, OPERATOR_PASSWORD);
    }

    @AfterAll
    void stop() {
        try {
            if (browser != null) browser.close();
        } finally {
            try {
                if (portal != null) portal.close();
            } finally {
                if (central != null) central.close();
            }
        }
    }

    @BeforeEach
    void signedOut() {
        browser.forgetSession();
    }

    @Test
    void aClinicGetsACertificateItsTerminalConnectsWithAndRevocationBlocksIt() throws Exception {
        register(CLINIC, "さくら内科クリニック", "sakura@example.jp");
        signIn(CLINIC, PASSWORD, "home-usage");
        assertThat(browser.text("home-usage")).isEqualTo("未申請");

        // 顔認証付きカードリーダー: the live quote (htmx) follows the number of units; a clinic gets one free.
        browser.click("nav-card-reader");
        assertThat(browser.text("free-units-left")).isEqualTo("1");
        new Select(browser.await("productCode")).selectByIndex(0);
        browser.type("units", "2");
        awaitText("quote-paid", "1");
        assertThat(browser.text("quote-free")).isEqualTo("1");
        browser.type("units", "1");
        awaitText("quote-paid", "0");
        assertThat(browser.text("quote-free")).isEqualTo("1");
        assertThat(browser.text("quote")).contains("無償 1 台");
        browser.screenshot("portal-card-reader-quote");
        browser.clickAndAwait("card-reader-submit", "card-reader-submitted");
        assertThat(browser.driver().findElements(By.cssSelector("#card-reader-table .card-reader-status")))
                .extracting(WebElement::getText).containsExactly("審査中");
        assertThat(browser.text("free-units-left")).isEqualTo("0");

        // オンライン資格確認利用申請: IP-VPN over NTT フレッツ with the お客さまID; the months stay undecided.
        browser.click("nav-usage");
        browser.click("lineType-IP_VPN");
        new Select(browser.await("lineCarrier")).selectByValue("NTT_FLETS");
        browser.type("customerId", "CAF1234567890");
        browser.screenshot("portal-usage-form");
        browser.clickAndAwait("usage-submit", "usage-submitted");
        assertThat(browser.text("usage-status")).isEqualTo("審査中");
        assertThat(browser.text("usage-latest")).contains("CAF1234567890");

        // Before approval there is no certificate to issue.
        browser.click("nav-certificates");
        browser.await("certificate-needs-usage");
        assertThat(browser.driver().findElements(By.id("certificate-form"))).isEmpty();
        signOut();

        // The 支払基金 operator approves the usage application.
        signIn(OPERATOR, OPERATOR_PASSWORD, "usage-queue");
        By approve = By.cssSelector("#usage-queue tr[data-code='" + CLINIC + "'] .operator-approve");
        String approveId = browser.driver().findElement(approve).getDomAttribute("id");
        assertThat(approveId).startsWith("approve-usage-");
        browser.screenshot("portal-operator-queue");
        browser.clickAndAwait(approveId, "operator-decided");
        assertThat(browser.text("operator-decided")).contains("承認済み");
        assertThat(browser.driver().findElements(approve)).as("no longer waiting").isEmpty();
        signOut();

        // The clinic downloads the trust store and a certificate for its reception terminal.
        signIn(CLINIC, PASSWORD, "home-usage");
        assertThat(browser.text("home-usage")).isEqualTo("承認済み");
        browser.click("nav-certificates");
        browser.await("certificate-form");
        assertThat(browser.driver().findElements(By.id("certificate-needs-usage"))).isEmpty();
        assertThat(browser.text("certificate-table")).contains("発行済みの証明書はありません");
        browser.click("truststore-download");
        Path trustStore = browser.awaitDownload("truststore.p12");
        assertThat(Collections.list(Pkcs12.read(trustStore, "changeit".toCharArray()).aliases())).hasSize(1);
        browser.type("terminalId", TERMINAL_ID);
        browser.type("certificate-password", CERTIFICATE_PASSWORD);
        browser.type("certificate-password-confirmation", CERTIFICATE_PASSWORD);
        browser.screenshot("portal-certificate-form");
        browser.click("certificate-issue");
        Path p12 = browser.awaitDownload(CLINIC + "-" + TERMINAL_ID + ".p12");

        X509Certificate certificate = certificateIn(p12, CERTIFICATE_PASSWORD);
        assertThat(TerminalCertificates.institutionCode(certificate)).contains(CLINIC);
        assertThat(TerminalCertificates.commonName(certificate)).contains(TERMINAL_ID);
        String serial = TerminalCertificates.serialHex(certificate);

        browser.click("nav-certificates");
        By row = By.cssSelector("#certificate-table tr[data-terminal='" + TERMINAL_ID + "']");
        WebElement listed = new WebDriverWait(browser.driver(), Chromium.WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(row));
        assertThat(listed.getDomAttribute("data-serial")).isEqualTo(serial);
        assertThat(listed.findElement(By.className("certificate-state")).getText()).isEqualTo("有効");
        browser.screenshot("portal-certificate-issued");

        // A terminal configured with nothing but the two downloaded files reaches central over mutual TLS.
        SSLContext ssl = ClientTls.sslContext(p12, CERTIFICATE_PASSWORD.toCharArray(), trustStore, "changeit".toCharArray());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(ssl)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> accepted = confirm(http);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.body()).contains("<QualificationValidity>1</QualificationValidity>");
        Path folder = dir.resolve("terminal");
        try (TerminalAgent agent = TerminalAgent.start(TerminalConfig.builder(folder, centralUrl).sslContext(ssl)
                .settleTime(Duration.ofMillis(50)).scanInterval(Duration.ofMillis(100))
                .centralTimeout(Duration.ofSeconds(5)).build())) {
            Path answer = await(drop(folder, "OQSsiquc01req_before.xml").resolve("OQSsiquc01res_before.xml"));
            XmlNode result = new XmlMsgReader().read(answer).root();
            assertThat(result.pathText("MessageHeader/MedicalInstitutionCode")).as("the certificate's institution")
                    .isEqualTo(CLINIC);
            assertThat(result.pathText("MessageBody/QualificationValidity")).isEqualTo("1");

            // The clinic replaces the terminal: revoking on the portal blocks the certificate at central at once.
            WebElement reason = browser.driver().findElement(row).findElement(By.name("reason"));
            reason.clear();
            reason.sendKeys("端末入替");
            browser.clickAndAwait(By.cssSelector("#certificate-table tr[data-serial='" + serial + "'] .certificate-revoke"),
                    "certificate-revoked");
            assertThat(browser.text("certificate-revoked")).contains(serial);
            WebElement revoked = browser.driver().findElement(row);
            assertThat(revoked.findElement(By.className("certificate-state")).getText()).isEqualTo("失効（端末入替）");
            assertThat(revoked.findElements(By.className("certificate-revoke"))).as("nothing left to revoke").isEmpty();
            browser.screenshot("portal-certificate-revoked");

            // The same client, still on the TLS session it set up before the revocation (no new handshake, so the
            // handshake's chain check cannot help): central refuses per request.
            HttpResponse<String> sameClient = confirm(http);
            assertThat(sameClient.statusCode()).isEqualTo(403);
            assertThat(sameClient.body()).contains("not registered or has been revoked");
            assertThat(sameClient.sslSession().orElseThrow().getId()).as("the TLS session from before the revocation")
                    .isEqualTo(accepted.sslSession().orElseThrow().getId());
            // A new client with a fresh SSLContext (a full handshake, which the CA chain still passes): refused as well.
            SSLContext fresh = ClientTls.sslContext(p12, CERTIFICATE_PASSWORD.toCharArray(), trustStore, "changeit".toCharArray());
            HttpResponse<String> newClient = confirm(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .sslContext(fresh).build());
            assertThat(newClient.statusCode()).isEqualTo(403);
            assertThat(newClient.body()).contains("revoked");
            // And the running terminal turns the refusal into the request's .err for the receipt computer.
            Path err = await(drop(folder, "OQSsiquc01req_after.xml").resolve("OQSsiquc01req_after.err"));
            assertThat(Files.readString(err)).contains("403").contains("revoked");
            assertThat(folder.resolve("res/OQSsiquc01res_after.xml")).doesNotExist();
        }
    }

    @Test
    void withoutAnApprovedUsageApplicationThereIsNoCertificateToIssue() {
        register(WAITING_CLINIC, "みなと内科医院", "minato@example.jp");
        signIn(WAITING_CLINIC, PASSWORD, "home-usage");
        browser.click("nav-usage");
        browser.click("lineType-IPSEC_IKE");
        browser.clickAndAwait("usage-submit", "usage-submitted");
        assertThat(browser.text("usage-status")).isEqualTo("審査中");

        browser.click("nav-certificates");
        assertThat(browser.text("certificate-needs-usage")).contains("利用申請の承認後に発行できます");
        assertThat(browser.driver().findElements(By.id("certificate-form"))).isEmpty();
        // The trust store is public knowledge; only the certificate waits for the approval.
        assertThat(browser.driver().findElements(By.id("truststore-download"))).hasSize(1);
        browser.screenshot("portal-certificate-needs-usage");
        signOut();
    }

    private void register(String code, String name, String email) {
        browser.open(portal.url() + "/login");
        browser.clickAndAwait("to-register", "register-form");
        browser.type("medicalInstitutionCode", code);
        browser.type("institutionName", name);
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.type("passwordConfirmation", PASSWORD);
        browser.clickAndAwait("register-submit", "registered");
        assertThat(browser.text("registered")).contains(code);
    }

    private void signIn(String user, String password, String landmark) {
        browser.open(portal.url() + "/login");
        browser.type("username", user);
        browser.type("password", password);
        browser.clickAndAwait("login-submit", landmark);
    }

    private void signOut() {
        browser.clickAndAwait("logout", "login-submit");
    }

    private void awaitText(String id, String text) {
        new WebDriverWait(browser.driver(), Chromium.WAIT).until(ExpectedConditions.textToBe(By.id(id), text));
    }

    static final String SINGLE_CONFIRMATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"
            + "<XmlMsg><MessageHeader><MedicalInstitutionCode>" + CLINIC + "</MedicalInstitutionCode></MessageHeader><MessageBody>"
            + "<QualificationConfirmSearchInfo><InsurerNumber>01130012</InsurerNumber><InsuredCardSymbol>1</InsuredCardSymbol>"
            + "<InsuredIdentificationNumber>77</InsuredIdentificationNumber><InsuredBranchNumber>00</InsuredBranchNumber>"
            + "<Birthdate>19800101</Birthdate></QualificationConfirmSearchInfo></MessageBody></XmlMsg>";

    /** 資格確認 (OQSsiquc01) straight over HTTPS, as the terminal sends it. */
    private HttpResponse<String> confirm(HttpClient http) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(centralUrl.resolve("/oqs/v1/messages/OQSsiquc01req?encoding=UTF-8"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString(SINGLE_CONFIRMATION, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Puts a request file into the terminal's {@code req} folder, as a receipt computer does; answers the {@code res} folder. */
    private static Path drop(Path folder, String name) throws Exception {
        Path staging = folder.resolve(name + ".staging");
        Files.writeString(staging, SINGLE_CONFIRMATION, StandardCharsets.UTF_8);
        Files.move(staging, folder.resolve("req").resolve(name));
        return folder.resolve("res");
    }

    private static Path await(Path file) throws InterruptedException {
        for (int i = 0; i < 200 && !Files.exists(file); i++) Thread.sleep(50);
        assertThat(file).exists();
        return file;
    }

    private static X509Certificate certificateIn(Path p12, String password) throws Exception {
        KeyStore store = Pkcs12.read(p12, password.toCharArray());
        List<String> aliases = Collections.list(store.aliases());
        assertThat(aliases).hasSize(1);
        assertThat(store.isKeyEntry(aliases.get(0))).as("the private key is in the download").isTrue();
        return (X509Certificate) store.getCertificate(aliases.get(0));
    }
}
