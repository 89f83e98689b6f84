package org.openoqs.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openoqs.app.central.CentralServer;
import org.openoqs.app.portal.PortalLauncher;
import org.openoqs.central.pki.Pkcs12;
import org.openoqs.portal.PortalServer;
import org.openoqs.portal.account.StaffAccounts;
import org.openoqs.portal.account.StaffRole;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo's portal: beside central (one store, one certificate registry) with a 支払基金 operator sign-in whose
 * password is generated once and kept in {@code <data-dir>/portal-operator-password}.
 */
final class DemoPortal {
    static final String OPERATOR = "operator";

    private DemoPortal() {}

    static PortalServer start(ConfigurableApplicationContext central, int port, CentralServer.Store store) throws IOException {
        PortalServer portal = PortalLauncher.startBeside(central, port, store);
        String password = operatorPassword(store.dataDir());
        portal.context().getBean(StaffAccounts.class).put(OPERATOR, "支払基金 審査担当（デモ）", StaffRole.OPERATOR, null, password);
        return portal;
    }

    static String operatorPassword(Path dataDir) throws IOException {
        Path file = dataDir.resolve("portal-operator-password");
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
    }
}
