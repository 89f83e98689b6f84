package org.openoqs.app.ca;

import java.util.concurrent.Callable;
import org.openoqs.app.central.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code oqs ca revoke SERIAL}: central refuses the certificate from its next request on. */
@Command(name = "revoke", mixinStandardHelpOptions = true,
        description = "Revoke a terminal certificate by serial number (hex, as 'ca issue' and 'ca list' print it).")
public class CaRevokeCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "The certificate's serial number in hex.")
    String serial;

    @Option(names = "--reason", description = "Why, for the record, e.g. 'terminal replaced'.")
    String reason;

    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
        try (var central = CaCommand.central(storeOptions)) {
            if (!CaCommand.registry(central).revoke(serial, reason)) {
                System.err.println("no unrevoked certificate with serial " + serial);
                return 1;
            }
            System.out.println("revoked " + serial);
        }
        return 0;
    }
}
