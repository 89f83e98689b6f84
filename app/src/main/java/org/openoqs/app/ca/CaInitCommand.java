package org.openoqs.app.ca;

import java.util.concurrent.Callable;
import org.openoqs.app.central.StoreOptions;
import org.openoqs.central.pki.TerminalCertificates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code oqs ca init}: creates the CA in the data directory unless it exists. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create the terminal CA in <data-dir>/ca (if absent) and print its SHA-256 fingerprint.")
public class CaInitCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        try (var central = CaCommand.central(storeOptions)) {
            var service = CaCommand.certificates(central);
            boolean existed = service.caExists();
            var ca = service.initialiseCa();
            System.out.printf("%s CA %s, valid until %s%nSHA-256 fingerprint: %s%n", existed ? "existing" : "created",
                    TerminalCertificates.subject(ca.certificate()), ca.certificate().getNotAfter().toInstant(),
                    TerminalCertificates.fingerprint(ca.certificate()));
        }
        return 0;
    }
}
