package org.openoqs.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openoqs.app.central.CentralServer;
import org.openoqs.app.generate.StagedFile;
import org.openoqs.app.portal.PortalLauncher;
import org.openoqs.central.pki.Pkcs12;
import org.openoqs.core.adoption.InstitutionAdoption;
import org.openoqs.core.adoption.InstitutionCsv;
import org.openoqs.core.adoption.InstitutionPopulationGenerator;
import org.openoqs.core.code.Prefecture;
import org.openoqs.portal.PortalServer;
import org.openoqs.portal.account.StaffAccounts;
import org.openoqs.portal.account.StaffRole;
import org.openoqs.portal.adoption.AdoptionImporter;
import org.openoqs.portal.adoption.ImportedRegistry;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo's portal: beside central (one store, one certificate registry) with staff sign-ins whose passwords are
 * generated once and kept in {@code <data-dir>/portal-<login>-password}: the 支払基金 operator, 厚生労働省
 * ({@code mhlw}) and 山梨県 ({@code yamanashi}) for the 導入状況 dashboard. On first start the dashboard's registry is
 * loaded with the full generated national population (229,717 institutions, seed 1, written to
 * {@code <data-dir>/institutions.csv}); later starts keep what is there.
 */
final class DemoPortal {
    static final String OPERATOR = "operator";
    static final String MHLW = "mhlw";
    static final String YAMANASHI = "yamanashi";
    static final long INSTITUTION_SEED = 1;

    private DemoPortal() {}

    static PortalServer start(ConfigurableApplicationContext central, int port, CentralServer.Store store) throws IOException {
        PortalServer portal = PortalLauncher.startBeside(central, port, store);
        StaffAccounts staff = portal.context().getBean(StaffAccounts.class);
        Path dataDir = store.dataDir();
        staff.put(OPERATOR, "支払基金 審査担当（デモ）", StaffRole.OPERATOR, null, password(dataDir, OPERATOR));
        staff.put(MHLW, "厚生労働省 保険局（デモ）", StaffRole.MHLW, null, password(dataDir, MHLW));
        staff.put(YAMANASHI, "山梨県 福祉保健部医務課（デモ）", StaffRole.PREFECTURE, Prefecture.YAMANASHI,
                password(dataDir, YAMANASHI));
        importInstitutionsOnce(portal, dataDir);
        return portal;
    }

    /** The national population, generated and imported on the first start only (a few seconds on H2). */
    static void importInstitutionsOnce(PortalServer portal, Path dataDir) throws IOException {
        if (portal.context().getBean(ImportedRegistry.class).latestImportId() > 0) return;
        List<InstitutionAdoption> institutions = new InstitutionPopulationGenerator(INSTITUTION_SEED)
                .generate(InstitutionPopulationGenerator.NATIONAL_COUNT);
        Path file = dataDir.resolve("institutions.csv");
        try (StagedFile staged = StagedFile.open(file)) {
            InstitutionCsv.writeHeader(staged.writer());
            for (InstitutionAdoption institution : institutions) InstitutionCsv.write(staged.writer(), institution);
            staged.commit();
        }
        portal.context().getBean(AdoptionImporter.class).importFile(file, n -> { });
    }

    static String operatorPassword(Path dataDir) throws IOException {
        return password(dataDir, OPERATOR);
    }

    /** The staff member's demo password, generated on first use and kept in the data directory. */
    static String password(Path dataDir, String loginId) throws IOException {
        Path file = dataDir.resolve("portal-" + loginId + "-password");
        if (Files.exists(file)) return Pkcs12.readSecret(file);
        String password = Pkcs12.newPassword();
        Pkcs12.writeSecret(file, password);
        return password;
    }

    static void printWelcome(PortalServer portal, Path dataDir) throws IOException {
        System.out.println();
        System.out.println("Portal (医療機関等向けポータルサイト): " + portal.url());
        System.out.println("  Register an institution with any valid 医療機関コード (e.g. 3410712362), apply, then sign in as the");
        System.out.println("  支払基金 operator '" + OPERATOR + "' with password " + operatorPassword(dataDir)
                + " to approve; mail (password reset, マスタアカウント) is written to " + dataDir.resolve("portal").resolve("outbox"));
        System.out.println("  導入状況 dashboard (" + portal.url() + "/dashboard, 229,717 generated institutions): 厚生労働省 '"
                + MHLW + "' password " + password(dataDir, MHLW) + ", 山梨県 '" + YAMANASHI + "' password "
                + password(dataDir, YAMANASHI));
    }
}
