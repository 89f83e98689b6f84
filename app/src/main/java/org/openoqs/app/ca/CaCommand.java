package org.openoqs.app.ca;

import java.util.Map;
import org.openoqs.app.central.CentralServer;
import org.openoqs.app.central.StoreOptions;
import org.openoqs.central.pki.TerminalCertificateRegistry;
import org.openoqs.central.pki.TerminalCertificateService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code oqs ca …}: the terminal certificate authority, operated directly on the data directory and the store until
 * the portal takes issuing over. The CA key lives in {@code <data-dir>/ca/} — a development and demo arrangement.
 */
@Command(name = "ca", mixinStandardHelpOptions = true,
        description = "Terminal certificates for mutual TLS: create the CA, issue, revoke and list certificates.",
        subcommands = {CaInitCommand.class, CaIssueCommand.class, CaServerCommand.class, CaTrustStoreCommand.class,
                CaRevokeCommand.class, CaListCommand.class})
public class CaCommand implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Central without a web server, for the store and the CA settings ({@code oqs.pki.*}); quiet, as output is for people. */
    static ConfigurableApplicationContext central(StoreOptions store) {
        return CentralServer.start(0, store.store(), Map.of("spring.main.web-application-type", "none",
                "logging.level.root", "WARN"));
    }

    static TerminalCertificateService certificates(ConfigurableApplicationContext central) {
        return central.getBean(TerminalCertificateService.class);
    }

    static TerminalCertificateRegistry registry(ConfigurableApplicationContext central) {
        return central.getBean(TerminalCertificateRegistry.class);
    }

    /** One way of issuing a certificate from the data directory's CA. */
    @FunctionalInterface
    interface Issuer {
        org.openoqs.central.pki.IssuedCertificate issue(org.openoqs.central.pki.TerminalCertificateService certificates)
                throws java.io.IOException;
    }

    /**
     * Issues a certificate, writes it with its key as a PKCS#12 file and prints it. Without a password one is generated
     * and shown once; it is not stored.
     */
    static void issueToFile(StoreOptions storeOptions, java.nio.file.Path out, String password, Issuer issuer) throws Exception {
        boolean generated = password == null;
        String secret = generated ? org.openoqs.central.pki.Pkcs12.newPassword() : password;
        try (var central = central(storeOptions)) {
            var issued = issuer.issue(certificates(central));
            org.openoqs.central.pki.Pkcs12.write(out, issued.toKeyStore(secret.toCharArray()), secret.toCharArray());
            CaPrinting.printIssued(issued, out);
        }
        if (generated) System.out.println("password: " + secret + "   (shown once; it is not stored)");
    }
}
