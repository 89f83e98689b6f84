package org.openoqs.app.central;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openoqs.central.CentralApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the central service in this JVM with the launcher's options turned into Spring properties. */
public final class CentralServer {
    private CentralServer() {}

    /** Store options shared by the commands that start central. */
    public record Store(Path dataDir, String dbUrl, String dbUser, String dbPassword) {}

    public static ConfigurableApplicationContext start(int port, Store store, Map<String, Object> extra) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", port);
        properties.put("oqs.data-dir", store.dataDir().toAbsolutePath().toString());
        if (store.dbUrl() != null) {
            properties.put("spring.datasource.url", store.dbUrl());
            if (store.dbUser() != null) properties.put("spring.datasource.username", store.dbUser());
            if (store.dbPassword() != null) properties.put("spring.datasource.password", store.dbPassword());
        }
        properties.putAll(extra);
        SpringApplication app = new SpringApplication(CentralApplication.class);
        app.setLogStartupInfo(false);
        // As command-line arguments they take precedence over central's application.properties.
        return app.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }
}
