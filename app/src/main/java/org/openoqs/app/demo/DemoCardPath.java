package org.openoqs.app.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
        // Only a card holder can consent at the kiosk, so only their history is ever shown: loading just theirs keeps
        // the demo's start fast (the full files are there for ./oqs intake).
        Set<String> holders = cardHolders(generated);
        MedicalIntakeService medical = central.getBean(MedicalIntakeService.class);
        Path drugs = generated.resolve(DRUGS_FILE);
        if (Files.isRegularFile(drugs) && !holders.isEmpty()) {
            report(medical.intakeDrugDispensings(onlyFor(drugs, holders), DRUGS_FILE, credential, n -> { }));
        }
        Path checkups = generated.resolve(CHECKUPS_FILE);
        if (Files.isRegularFile(checkups) && !holders.isEmpty()) {
            report(medical.intakeHealthCheckups(onlyFor(checkups, holders), CHECKUPS_FILE, credential, n -> { }));
        }
    }

    private static Set<String> cardHolders(Path generated) throws IOException {
        Path cards = generated.resolve(CardGeneration.CARDS_FILE);
        if (!Files.isRegularFile(cards)) return Set.of();
        try (Reader in = Files.newBufferedReader(cards, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords().stream()
                    .map(r -> r.get("PersonKey")).collect(Collectors.toSet());
        }
    }

    /** The header and the rows whose first column (PersonKey) is one of {@code persons}. */
    private static Reader onlyFor(Path csv, Set<String> persons) throws IOException {
        StringBuilder kept = new StringBuilder();
        try (var lines = Files.lines(csv, StandardCharsets.UTF_8)) {
            var it = lines.iterator();
            if (it.hasNext()) kept.append(it.next()).append('\n');
            while (it.hasNext()) {
                String line = it.next();
                int comma = line.indexOf(',');
                if (comma > 0 && persons.contains(line.substring(0, comma))) kept.append(line).append('\n');
            }
        }
        return new StringReader(kept.toString());
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
