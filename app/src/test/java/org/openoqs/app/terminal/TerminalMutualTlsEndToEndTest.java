package org.openoqs.app.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import org.openoqs.app.central.TlsOptions;
import org.openoqs.central.intake.InsurerCredentialService;
import org.openoqs.central.intake.IntakeService;
import org.openoqs.central.pki.CaDirectory;
import org.openoqs.central.pki.IssuedCertificate;
import org.openoqs.central.pki.Pkcs12;
import org.openoqs.central.pki.PkiProperties;
import org.openoqs.central.pki.TerminalCertificateRegistry;
import org.openoqs.central.pki.TerminalCertificateService;
import org.openoqs.terminal.TerminalAgent;
import org.openoqs.terminal.TerminalConfig;
import org.openoqs.wire.tls.ClientTls;
import org.openoqs.wire.xml.XmlMsgReader;
import org.openoqs.wire.xml.XmlNode;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Terminals of two institutions reach central only over mutual TLS with certificates from the OpenOQS CA. What a
 * terminal may see follows its certificate's 医療機関コード: a forged header code is ignored, another institution's
 * ReceptionNumber is simply not found, and a revoked certificate is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerminalMutualTlsEndToEndTest {
    static final String CLINIC_A = "1312345679";
    static final String CLINIC_B = "2712345673";
    @TempDir static Path dir;
    ConfigurableApplicationContext central;
    URI centralUrl;
    CaDirectory.ServerTls tls;

    @BeforeAll
    void startCentralWithMutualTls() throws Exception {
        Path dataDir = dir.resolve("data");
        tls = new CaDirectory(dataDir, Clock.systemDefaultZone()).ensureServerTls(PkiProperties.defaults(), List.of());
        Map<String, Object> p = TlsOptions.properties(tls, "want");
        int port = AppTestSupport.freePort();
        central = CentralServer.start(port, new CentralServer.Store(dataDir, null, null, null), p);
        centralUrl = URI.create("https://localhost:" + port);
        var credentials = central.getBean(InsurerCredentialService.class);
        var report = central.getBean(IntakeService.class).intake(new StringReader(
                "PersonKey,InsurerNumber,InsuredCardSymbol,InsuredIdentificationNumber,InsuredBranchNumber,"
                        + "PersonalFamilyClassification,Name,Sex1,Birthdate,QualificationDate\n"
                        + "PK-1,01130012,1,77,00,1,佐藤　一,1,19800101,20200401\n"),
                "tls.csv", credentials.authenticate(credentials.create("tls", List.of())).orElseThrow(), n -> { });
        assertThat(report.accepted()).isTrue();
    }

    @AfterAll
    void stop() {
        central.close();
    }

    record Terminal(TerminalAgent agent, Path folder, String serial) implements AutoCloseable {
        @Override public void close() { agent.close(); }
    }

    Terminal terminal(String institution, String name) throws Exception {
        IssuedCertificate cert = central.getBean(TerminalCertificateService.class).issueTerminal(institution, name);
        Path p12 = dir.resolve(name + ".p12");
        Pkcs12.write(p12, cert.toKeyStore("pw".toCharArray()), "pw".toCharArray());
        Path folder = dir.resolve(name);
        var ssl = ClientTls.sslContext(p12, "pw".toCharArray(), tls.trustStore(), tls.trustStorePassword().toCharArray());
        TerminalAgent agent = TerminalAgent.start(TerminalConfig.builder(folder, centralUrl).sslContext(ssl)
                .settleTime(Duration.ofMillis(50)).scanInterval(Duration.ofMillis(100)).centralTimeout(Duration.ofSeconds(5)).build());
        return new Terminal(agent, folder, cert.serialHex());
    }

    static Path drop(Path folder, String name, String header, String body) throws Exception {
        Path staging = folder.resolve(name + ".staging");
        Files.writeString(staging, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?><XmlMsg><MessageHeader>" + header
                + "</MessageHeader><MessageBody>" + body + "</MessageBody></XmlMsg>", StandardCharsets.UTF_8);
        Files.move(staging, folder.resolve("req").resolve(name));
        return folder.resolve("res");
    }

    static Path await(Path file) throws InterruptedException {
        for (int i = 0; i < 200 && !Files.exists(file); i++) Thread.sleep(50);
        assertThat(file).exists();
        return file;
    }

    static XmlNode result(Path file) throws InterruptedException {
        return new XmlMsgReader().read(await(file)).root();
    }

    static String claim(String code) {
        return "<MedicalInstitutionCode>" + code + "</MedicalInstitutionCode>";
    }

    static final String SEARCH = "<QualificationConfirmSearchInfo><InsurerNumber>01130012</InsurerNumber><InsuredCardSymbol>1</InsuredCardSymbol>"
            + "<InsuredIdentificationNumber>77</InsuredIdentificationNumber><InsuredBranchNumber>00</InsuredBranchNumber>"
            + "<Birthdate>19800101</Birthdate></QualificationConfirmSearchInfo>";

    @Test
    void theCertificateDecidesTheInstitutionAndItsBulkResultsStayPrivate() throws Exception {
        try (Terminal a = terminal(CLINIC_A, "terminal-a"); Terminal b = terminal(CLINIC_B, "terminal-b")) {
            // B claims to be A in the header: central answers as B, the certificate's institution.
            XmlNode single = result(drop(b.folder(), "OQSsiquc01req_1.xml", claim(CLINIC_A), SEARCH).resolve("OQSsiquc01res_1.xml"));
            assertThat(single.pathText("MessageHeader/MedicalInstitutionCode")).isEqualTo(CLINIC_B);
            assertThat(single.pathText("MessageBody/QualificationValidity")).isEqualTo("1");

            result(drop(a.folder(), "OQSsiimm01req_2.xml", claim(CLINIC_A), "<ReferenceNumberRegistrationInfo><ReferenceNumber>A-001"
                    + "</ReferenceNumber><InsurerNumber>01130012</InsurerNumber><InsuredCardSymbol>1</InsuredCardSymbol>"
                    + "<InsuredIdentificationNumber>77</InsuredIdentificationNumber><InsuredBranchNumber>00</InsuredBranchNumber>"
                    + "</ReferenceNumberRegistrationInfo>").resolve("OQSsiimm01res_2.xml"));
            String reception = result(drop(a.folder(), "OQSmuquc01req_3.xml", claim(CLINIC_A), SEARCH).resolve("OQSmuquc01res_3.xml"))
                    .pathText("MessageBody/ReceptionNumber");

            XmlNode ownResult = poll(a.folder(), reception, "a");
            assertThat(ownResult.pathText("MessageBody/BulkConfirmUnit/ReferenceNumber")).isEqualTo("A-001");

            // B knows A's ReceptionNumber and claims to be A: not found.
            XmlNode stolen = result(drop(b.folder(), "OQSmuquc02req_4.xml", claim(CLINIC_A),
                    "<ReceptionNumber>" + reception + "</ReceptionNumber>").resolve("OQSmuquc02res_4.xml"));
            assertThat(stolen.pathText("MessageHeader/SegmentOfResult")).isEqualTo("9");
            assertThat(stolen.path("MessageBody")).isEmpty();

            // B's own bulk for the same person carries no reference number: A's stays A's.
            String bReception = result(drop(b.folder(), "OQSmuquc01req_5.xml", claim(CLINIC_A), SEARCH).resolve("OQSmuquc01res_5.xml"))
                    .pathText("MessageBody/ReceptionNumber");
            XmlNode bResult = poll(b.folder(), bReception, "b");
            assertThat(bResult.pathText("MessageBody/BulkConfirmUnit/QualificationValidity")).isEqualTo("1");
            assertThat(bResult.path("MessageBody/BulkConfirmUnit/ReferenceNumber")).isEmpty();
        }
    }

    @Test
    void aRevokedCertificateIsRefused() throws Exception {
        try (Terminal a = terminal(CLINIC_A, "terminal-revoked")) {
            result(drop(a.folder(), "OQSsiquc01req_before.xml", claim(CLINIC_A), SEARCH).resolve("OQSsiquc01res_before.xml"));
            central.getBean(TerminalCertificateRegistry.class).revoke(a.serial(), "test");
            Path err = await(drop(a.folder(), "OQSsiquc01req_after.xml", claim(CLINIC_A), SEARCH).resolve("OQSsiquc01req_after.err"));
            assertThat(Files.readString(err)).contains("403");
            assertThat(a.folder().resolve("res/OQSsiquc01res_after.xml")).doesNotExist();
        }
    }

    private static XmlNode poll(Path folder, String reception, String tag) throws Exception {
        for (int i = 0; i < 30; i++) {
            XmlNode r = result(drop(folder, "OQSmuquc02req_" + tag + i + ".xml", claim(CLINIC_A),
                    "<ReceptionNumber>" + reception + "</ReceptionNumber>").resolve("OQSmuquc02res_" + tag + i + ".xml"));
            if (!"2".equals(r.pathText("MessageHeader/SegmentOfResult"))) return r;
            Thread.sleep(100);
        }
        throw new AssertionError("bulk result not ready");
    }
}
