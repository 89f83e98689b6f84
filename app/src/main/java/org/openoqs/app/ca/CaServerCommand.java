package org.openoqs.app.ca;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.openoqs.app.central.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code oqs ca server}: central's TLS server certificate, for {@code server.ssl.key-store}. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Issue central's server certificate (localhost, 127.0.0.1 and each --host) as PKCS#12.")
public class CaServerCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "The PKCS#12 file to write (mode 600).")
    Path out;

    @Option(names = "--host", description = "Another DNS name or IP address of central (repeatable).")
    List<String> hosts = List.of();

    @Option(names = "--password", description = "Password of the PKCS#12 file; omitted: one is generated and printed once.")
    String password;

    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        CaCommand.issueToFile(storeOptions, out, password, certificates -> certificates.issueServer(hosts));
        return 0;
    }
}
