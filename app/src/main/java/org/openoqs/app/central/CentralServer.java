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

    /** Auto-configurations that only the terminal's web server uses. */
    static final java.util.List<String> TERMINAL_ONLY_AUTO_CONFIGURATION = java.util.List.of(
            "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration");

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
        // The launcher's classpath also carries the terminal's web server (Spring Security). Central's only pages (the
        // patient page) use their own card sign-in, so Security's auto-configuration must not lock central's API behind
        // a generated password. When central gains its own Spring Security configuration, drop the security classes from here.
        properties.put("spring.autoconfigure.exclude", String.join(",", TERMINAL_ONLY_AUTO_CONFIGURATION));
        properties.putAll(extra);
        SpringApplication app = new SpringApplication(CentralApplication.class);
        app.setLogStartupInfo(false);
        // As command-line arguments they take precedence over central's application.properties.
        return app.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }
}
