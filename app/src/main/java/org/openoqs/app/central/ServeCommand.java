package org.openoqs.app.central;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code oqs serve}: the central service alone, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the central qualification service.")
public class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "HTTP(S) port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--portal-port", defaultValue = "-1", description = "Also run the portal (医療機関等向けポータルサイト) "
            + "on this port, sharing central's store and certificate registry; -1: no portal (default).")
    int portalPort;

    @Mixin StoreOptions storeOptions;

    @Mixin TlsOptions tlsOptions;

    @Override
    public Integer call() throws Exception {
        var central = CentralServer.start(port, storeOptions.store(), tlsOptions.properties(storeOptions.dataDir()));
        if (portalPort >= 0) {
            var portal = org.openoqs.app.portal.PortalLauncher.startBeside(central, portalPort, storeOptions.store());
            System.out.printf("portal on %s%n", portal.url());
        }
        String scheme = tlsOptions.enabled() ? "https" : "http";
        System.out.printf("central service on %s://localhost:%d (OpenAPI: /swagger-ui.html)%s. Ctrl-C stops it.%n", scheme, port,
                tlsOptions.enabled() ? ", terminals need a certificate from 'oqs ca issue'" : "");
        Thread.currentThread().join();
        return 0;
    }
}
