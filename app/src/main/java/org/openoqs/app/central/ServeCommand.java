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

    @Mixin StoreOptions storeOptions;

    @Mixin TlsOptions tlsOptions;

    @Override
    public Integer call() throws Exception {
        CentralServer.start(port, storeOptions.store(), tlsOptions.properties(storeOptions.dataDir()));
        String scheme = tlsOptions.enabled() ? "https" : "http";
        System.out.printf("central service on %s://localhost:%d (OpenAPI: /swagger-ui.html)%s. Ctrl-C stops it.%n", scheme, port,
                tlsOptions.enabled() ? ", terminals need a certificate from 'oqs ca issue'" : "");
        Thread.currentThread().join();
        return 0;
    }
}
