package org.openoqs.app.demo;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.openoqs.app.generate.CardGeneration;
import org.openoqs.central.intake.InsurerCredential;
import org.openoqs.central.intake.IntakeReport;
import org.openoqs.central.linkage.CardLinkReport;
import org.openoqs.central.linkage.CardLinkService;
import org.openoqs.central.medical.MedicalIntakeService;
import org.openoqs.terminal.staff.PasswordGenerator;
import org.openoqs.terminal.staff.StaffAccounts;
import org.openoqs.terminal.staff.StaffRole;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The demo's My Number card path: links the generated cards (紐付け, with the mismatching ones held for review), loads
 * the generated 薬剤情報 and 特定健診情報, gives the terminal a 管理アカウント, and tells how to walk the kiosk.
 */
final class DemoCardPath {
    static final String DRUGS_FILE = "drug-dispensings.csv", CHECKUPS_FILE = "health-checkups.csv";
    static final String ADMIN = "admin", ADMIN_PASSWORD_FILE = "admin-password";

    private DemoCardPath() {}

    static void load(ConfigurableApplicationContext central, Path generated, InsurerCredential credential) throws IOException {
        Path links = generated.resolve(CardGeneration.LINKS_FILE);
        if (Files.isRegularFile(links)) {
            try (Reader in = Files.newBufferedReader(links, StandardCharsets.UTF_8)) {
                CardLinkReport report = central.getBean(CardLinkService.class).register(in, credential);
                System.err.printf("card links: %d linked, %d already linked, %d held for review, %d refused%n",
                        report.linked(), report.unchanged(), report.held().size(), report.refused().size());
            }
        }
        MedicalIntakeService medical = central.getBean(MedicalIntakeService.class);
        Path drugs = generated.resolve(DRUGS_FILE);
        if (Files.isRegularFile(drugs)) {
            try (Reader in = Files.newBufferedReader(drugs, StandardCharsets.UTF_8)) {
                report(medical.intakeDrugDispensings(in, DRUGS_FILE, credential, n -> { }));
            }
        }
        Path checkups = generated.resolve(CHECKUPS_FILE);
        if (Files.isRegularFile(checkups)) {
            try (Reader in = Files.newBufferedReader(checkups, StandardCharsets.UTF_8)) {
                report(medical.intakeHealthCheckups(in, CHECKUPS_FILE, credential, n -> { }));
            }
        }
    }

    private static void report(IntakeReport report) {
        System.err.println(report.summary());
        if (!report.accepted()) report.errors().stream().limit(20).forEach(e -> System.err.println("  " + e));
    }

    /** The terminal's 管理アカウント password: created once, kept owner-only in the terminal folder. */
    static String adminPassword(Path terminalDir) throws IOException {
        Files.createDirectories(terminalDir);
        Path file = terminalDir.resolve(ADMIN_PASSWORD_FILE);
        StaffAccounts accounts = StaffAccounts.in(terminalDir, new BCryptPasswordEncoder(12));
        if (Files.isRegularFile(file) && accounts.find(ADMIN).isPresent()) return Files.readString(file).strip();
        String password = PasswordGenerator.generate();
        if (accounts.find(ADMIN).isPresent()) {
            accounts.changePassword(ADMIN, password);
        } else {
            accounts.add(ADMIN, StaffRole.ADMIN, "管理者", password);
        }
        Files.writeString(file, password + "\n");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's ACL applies.
        }
        return password;
    }

    static void printWelcome(URI terminal, String central, Path generated, Path terminalDir, String adminPassword)
            throws IOException {
        System.out.println();
        System.out.println("My Number card (マイナ保険証, 照会区分 1) at the terminal's card reader:");
        System.out.println("  kiosk:   " + terminal.resolve("/kiosk") + "    (place a virtual card, face or PIN, consents)");
        System.out.println("  staff:   " + terminal.resolve("/staff/results") + "    viewer: " + terminal.resolve("/viewer")
                + "    sign in as " + ADMIN + " / " + adminPassword + " (also in " + terminalDir.resolve(ADMIN_PASSWORD_FILE) + ")");
        sampleCard(generated).ifPresent(c -> System.out.println("  a card:  " + c.get("CardId") + " (PIN " + c.get("Pin")
                + "); all cards and PINs: " + generated.resolve(CardGeneration.CARDS_FILE)));
        System.out.println("  face files for the EHR appear in " + terminalDir.resolve("face"));
        System.out.println("Patients see who viewed what, and withdraw consents, at " + central + "/patient");
    }

    private static Optional<CSVRecord> sampleCard(Path generated) throws IOException {
        Path cards = generated.resolve(CardGeneration.CARDS_FILE);
        if (!Files.isRegularFile(cards)) return Optional.empty();
        try (Reader in = Files.newBufferedReader(cards, StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
            return records.stream().filter(r -> r.get("Note").isBlank() && !r.get("Pin").isBlank()).findFirst();
        }
    }
}
