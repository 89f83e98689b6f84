package org.openoqs.app.ca;

import java.util.concurrent.Callable;
import org.openoqs.app.central.StoreOptions;
import org.openoqs.central.pki.TerminalCertificate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code oqs ca list}: the recorded terminal certificates, one a line. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List issued terminal certificates.")
public class CaListCommand implements Callable<Integer> {
    @Option(names = "--institution-code", description = "Only this 医療機関コード's certificates.")
    String institutionCode;

    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() {
        try (var central = CaCommand.central(storeOptions)) {
            for (TerminalCertificate c : CaCommand.registry(central).list(institutionCode)) {
                System.out.println(CaPrinting.line(c));
            }
        }
        return 0;
    }
}
