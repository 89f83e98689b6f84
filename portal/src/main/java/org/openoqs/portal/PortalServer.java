package org.openoqs.portal;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the portal (医療機関等向けポータルサイト) as a Spring Boot application of its own, reading
 * {@code openoqs-portal.properties} rather than central's {@code application.properties}. With a {@link SharedCentral}
 * it uses central's data source and certificate registry (one JVM: revocation is immediate at central); without, it
 * opens the store named by {@code spring.datasource.*} itself.
 */
public final class PortalServer implements AutoCloseable {

    /** The session cookie; not JSESSIONID, which central or the terminal on the same host could also set. */
    public static final String SESSION_COOKIE = "OQS_PORTAL_SESSION";

    private final ConfigurableApplicationContext context;

    private PortalServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * @param properties Spring properties given by the launcher ({@code server.port}, {@code oqs.portal.*},
     *                   {@code spring.datasource.*}); they override {@code openoqs-portal.properties}
     */
    public static PortalServer start(Map<String, Object> properties, Optional<SharedCentral> shared) {
        return start(properties, shared, null);
    }

    /** As {@link #start(Map, Optional)}, with the clock the portal should use (tests move it; null: Japan time). */
    public static PortalServer start(Map<String, Object> properties, Optional<SharedCentral> shared, java.time.Clock clock) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(PortalApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false);
        shared.ifPresent(central -> builder.initializers(context -> {
            context.getBeanFactory().registerSingleton("dataSource", central.dataSource());
            context.getBeanFactory().registerSingleton("terminalCertificateRegistry", central.certificateRegistry());
        }));
        if (clock != null) builder.initializers(context -> context.getBeanFactory().registerSingleton("clock", clock));
        SpringApplication app = builder.build();
        app.setDefaultProperties(Map.of("logging.level.root", "WARN", "logging.level.org.openoqs", "INFO"));
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("spring.config.name", "openoqs-portal");
        all.putAll(properties);
        List<String> args = new ArrayList<>();
        all.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new PortalServer(app.run(args.toArray(String[]::new)));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** e.g. {@code http://127.0.0.1:8090}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
