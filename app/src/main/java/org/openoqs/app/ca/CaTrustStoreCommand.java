package org.openoqs.app.ca;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openoqs.app.central.StoreOptions;
import org.openoqs.central.pki.Pkcs12;
import org.openoqs.central.pki.TerminalCertificates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code oqs ca truststore}: the CA certificate alone, for terminals and for {@code server.ssl.trust-store}. */
@Command(name = "truststore", mixinStandardHelpOptions = true,
        description = "Write a PKCS#12 trust store holding only the CA certificate.")
public class CaTrustStoreCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "The PKCS#12 file to write.")
    Path out;

    @Option(names = "--password", defaultValue = "changeit",
            description = "Password of the trust store (default: ${DEFAULT-VALUE}; it guards integrity, not secrecy).")
    String password;

    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        try (var central = CaCommand.central(storeOptions)) {
            var ca = CaCommand.certificates(central).ca();
            Pkcs12.write(out, ca.trustStore(), password.toCharArray());
            System.out.printf("trust store %s with CA %s%nSHA-256 fingerprint: %s%n", out,
                    TerminalCertificates.subject(ca.certificate()), TerminalCertificates.fingerprint(ca.certificate()));
        }
        return 0;
    }
}
