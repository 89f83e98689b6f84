package org.openoqs.app.central;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code oqs serve}: the central service alone, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the central qualification service.")
public class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() throws InterruptedException {
        CentralServer.start(port, storeOptions.store(), Map.of());
        System.out.printf("central service on http://localhost:%d (OpenAPI: /swagger-ui.html). Ctrl-C stops it.%n", port);
        Thread.currentThread().join();
        return 0;
    }
}
