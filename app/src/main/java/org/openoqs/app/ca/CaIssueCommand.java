package org.openoqs.app.ca;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openoqs.app.central.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code oqs ca issue}: a terminal client certificate, written as a password-protected PKCS#12 and recorded. */
@Command(name = "issue", mixinStandardHelpOptions = true,
        description = "Issue a terminal certificate bound to a 医療機関コード; writes key and chain as PKCS#12.")
public class CaIssueCommand implements Callable<Integer> {
    @Option(names = "--institution-code", required = true, description = "The terminal's 10-digit 医療機関コード.")
    String institutionCode;

    @Option(names = "--terminal-id", required = true, description = "A name for the terminal, e.g. reception-1 (A–Z a–z 0–9 . _ -).")
    String terminalId;

    @Option(names = "--out", required = true, description = "The PKCS#12 file to write (mode 600).")
    Path out;

    @Option(names = "--password", description = "Password of the PKCS#12 file; omitted: one is generated and printed once.")
    String password;

    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        CaCommand.issueToFile(storeOptions, out, password, certificates -> certificates.issueTerminal(institutionCode, terminalId));
        return 0;
    }
}
