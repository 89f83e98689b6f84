package org.openoqs.app.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openoqs.app.central.CentralServer;
import org.openoqs.app.central.StoreOptions;
import org.openoqs.app.central.TokenFile;
import org.openoqs.app.generate.CardGeneration;
import org.openoqs.app.generate.GenerateCommand;
import org.openoqs.terminal.web.TerminalWebConfig;
import org.openoqs.terminal.web.TerminalWebServer;
import org.openoqs.app.progress.ProgressBar;
import org.openoqs.central.config.StoreConfiguration;
import org.openoqs.central.intake.InsurerCredential;
import org.openoqs.central.intake.InsurerCredentialService;
import org.openoqs.central.intake.IntakeReport;
import org.openoqs.central.intake.IntakeService;
import org.openoqs.core.date.OqsDates;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.terminal.TerminalAgent;
import org.openoqs.terminal.TerminalConfig;
import java.net.URI;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code oqs demo}: the whole system on the embedded store with a synthetic population — generate (deterministic), start
 * central, leave an insurer credential where {@code oqs intake} looks for it, load the population with a progress bar,
 * and print how to try a first confirmation. Running it again on the same data directory reuses what is there.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run the whole system on the embedded store with synthetic data.")
public class DemoCommand implements Callable<Integer> {
    /** A valid 医療機関コード (東京都, 医科), the demo terminal's default. */
    static final String DEMO_INSTITUTION = "1312345679";

    @Option(names = "--terminal-dir", defaultValue = "./oqs-terminal", description = "Folder of the demo terminal's req, res and face (default: ${DEFAULT-VALUE}).")
    Path terminalDir;

    @Option(names = "--institution-code", defaultValue = DEMO_INSTITUTION, description = "The demo terminal's 医療機関コード (default: ${DEFAULT-VALUE}).")
    String institutionCode;

    @Option(names = "--persons", defaultValue = "10000", description = "Synthetic persons to generate (default: ${DEFAULT-VALUE}).")
    long persons;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic population (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port of the central service (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--web-port", defaultValue = "8081", description = "Port of the terminal's card-reader kiosk and staff pages (default: ${DEFAULT-VALUE}).")
    int webPort;

    @Option(names = "--portal-port", defaultValue = "8090", description = "Port of the portal for institutions (default: ${DEFAULT-VALUE}).")
    int portalPort;

    @Option(names = "--exit-after-setup", hidden = true, description = "Stop after set-up instead of serving (used by tests).")
    boolean exitAfterSetup;

    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        Path dataDir = storeOptions.dataDir();
        Path generated = generate(dataDir.resolve("generated"));
        // Framework logs would bury the welcome text; warnings and errors still show.
        ConfigurableApplicationContext central = CentralServer.start(port, storeOptions.store(),
                Map.of("logging.level.root", "WARN", "logging.level.org.springdoc", "ERROR",
                        // Central trusts the virtual J-LIS that issued the demo's cards; the patient page reads the
                        // same wallet (the patients' own card readers).
                        "oqs.jpki.dir", generated.resolve(CardGeneration.JPKI_DIR).toAbsolutePath(),
                        "oqs.patient.wallet-dir", generated.resolve(CardGeneration.WALLET_DIR).toAbsolutePath()));
        try {
            InsurerCredential credential = demoCredential(central, dataDir.resolve("insurer-token"));
            IntakeReport report = load(central.getBean(IntakeService.class), generated.resolve(GenerateCommand.QUALIFICATIONS_FILE), credential);
            if (!report.accepted()) {
                report.errors().stream().limit(20).forEach(e -> System.err.println("  " + e));
                return 1;
            }
            DemoCardPath.load(central, generated, credential);
            MedicalInstitutionCode institution = MedicalInstitutionCode.parse(institutionCode);
            TerminalConfig terminalConfig = TerminalConfig.builder(terminalDir, URI.create("http://localhost:" + port)).build();
            String adminPassword = DemoCardPath.adminPassword(terminalDir);
            try (org.openoqs.portal.PortalServer portal = DemoPortal.start(central, portalPort, storeOptions.store());
                 TerminalAgent terminal = TerminalAgent.start(terminalConfig);
                 TerminalWebServer web = TerminalWebServer.start(TerminalWebConfig.builder(terminalConfig, institution,
                         generated.resolve(CardGeneration.WALLET_DIR)).port(webPort).initializeLogging(false).build())) {
                printWelcome(dataDir, generated);
                DemoCardPath.printWelcome(web.url(), "http://localhost:" + port, generated, terminalDir, adminPassword);
                DemoPortal.printWelcome(portal, dataDir);
                if (!exitAfterSetup) Thread.currentThread().join();
            }
            return 0;
        } finally {
            if (exitAfterSetup) central.close();
        }
    }

    /** Generates the population unless the same persons and seed were generated before. */
    private Path generate(Path out) throws IOException {
        Path marker = out.resolve("demo-population.txt");
        String wanted = "persons=" + persons + " seed=" + seed;
        if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(wanted)
                && Files.isRegularFile(out.resolve(GenerateCommand.QUALIFICATIONS_FILE))) {
            System.err.println("reusing the generated population in " + out + " (" + wanted + ")");
            return out;
        }
        int exit = new CommandLine(new GenerateCommand()).execute("--persons", Long.toString(persons),
                "--seed", Long.toString(seed), "--out", out.toString());
        if (exit != 0) throw new IllegalStateException("generation failed (exit " + exit + ")");
        Files.writeString(marker, wanted + "\n");
        return out;
    }

    /** Reuses the token the demo left before, or issues a new intermediary credential and writes it down. */
    private static InsurerCredential demoCredential(ConfigurableApplicationContext central, Path tokenFile) throws IOException {
        InsurerCredentialService credentials = central.getBean(InsurerCredentialService.class);
        if (Files.isRegularFile(tokenFile)) {
            var existing = credentials.authenticate(TokenFile.read(tokenFile));
            if (existing.isPresent()) return existing.get();
        }
        String token = credentials.create("demo-intermediary-" + System.currentTimeMillis(), List.of());
        TokenFile.write(tokenFile, token);
        return credentials.authenticate(token).orElseThrow();
    }

    private static IntakeReport load(IntakeService intake, Path csv, InsurerCredential credential) throws IOException {
        long rows;
        try (var lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            rows = lines.count() - 1;
        }
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             ProgressBar bar = new ProgressBar("loading " + csv.getFileName(), rows, "rows")) {
            IntakeReport report = intake.intake(in, csv.getFileName().toString(), credential, bar::update);
            System.err.println(report.summary());
            return report;
        }
    }

    private void printWelcome(Path dataDir, Path generated) throws IOException {
        String today = OqsDates.format(LocalDate.now(StoreConfiguration.JAPAN));
        String base = "http://localhost:" + port;
        var sample = DemoSample.pick(generated.resolve(GenerateCommand.QUALIFICATIONS_FILE));
        System.out.println();
        System.out.println("OpenOQS demo: central service on " + base + " (embedded store in " + dataDir + ")");
        if (sample.isPresent()) {
            Path xmlFile = dataDir.resolve("sample-OQSsiquc01req.xml");
            Files.writeString(xmlFile, sample.get().xml(today, institutionCode), StandardCharsets.UTF_8);
            System.out.println();
            System.out.println("Confirm " + sample.get().name() + "'s insurance card (照会区分 2) as JSON:");
            System.out.println("  curl -s " + base + "/api/v1/qualification-confirmations -H 'Content-Type: application/json' \\");
            System.out.println("    -d '" + sample.get().json(today, institutionCode) + "'");
            System.out.println();
            System.out.println("The same as an XmlMsg file, as the terminal sends it:");
            System.out.println("  curl -s " + base + "/oqs/v1/messages/OQSsiquc01req -H 'Content-Type: application/xml' --data-binary @" + xmlFile);
            System.out.println();
            System.out.println("Or as a receipt computer does, through the terminal (資格確認端末, 医療機関コード " + institutionCode + "):");
            System.out.println("  cp " + xmlFile + " " + terminalDir.resolve("req").resolve("OQSsiquc01req_0001.xml"));
            System.out.println("  cat " + terminalDir.resolve("res").resolve("OQSsiquc01res_0001.xml"));
        }
        System.out.println();
        System.out.println("Register more records (the credential is in " + dataDir.resolve("insurer-token") + "):");
        System.out.println("  ./oqs intake " + generated.resolve(GenerateCommand.QUALIFICATIONS_FILE) + " --server " + base);
        System.out.println("API documentation: " + base + "/swagger-ui.html    Stop: Ctrl-C");
    }
}
