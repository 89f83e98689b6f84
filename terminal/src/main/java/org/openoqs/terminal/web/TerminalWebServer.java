package org.openoqs.terminal.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The terminal's web server: the card-reader kiosk ({@code /kiosk}), the staff pages ({@code /staff/…}) and the
 * medical-information viewer ({@code /viewer}). It runs beside the file agent in the same process and, in
 * {@code oqs demo}, beside central in the same JVM, so it is a Spring Boot application of its own that must not see
 * central: it is built from {@link TerminalWebApplication} only (an explicit list of auto-configurations, no
 * DataSource, Flyway or JPA, no scanning of {@code org.openoqs.central}) and reads its own
 * {@code openoqs-terminal-web.properties} instead of the {@code application.properties} central puts on the classpath.
 */
public final class TerminalWebServer implements AutoCloseable {

    /** The session cookie; not JSESSIONID, which another server on the same host (central) could also set. */
    public static final String SESSION_COOKIE = "OQS_TERMINAL_SESSION";

    private final ConfigurableApplicationContext context;
    private final TerminalWebConfig config;
    private final int port;

    private TerminalWebServer(ConfigurableApplicationContext context, TerminalWebConfig config) {
        this.context = context;
        this.config = config;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public static TerminalWebServer start(TerminalWebConfig config) {
        SpringApplication app = new SpringApplicationBuilder(TerminalWebApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(context -> context.getBeanFactory().registerSingleton("terminalWebConfig", config))
                .build();
        if (!config.initializeLogging()) {
            List<ApplicationListener<?>> listeners = new ArrayList<>(app.getListeners());
            listeners.removeIf(LoggingApplicationListener.class::isInstance);
            app.setListeners(listeners);
        }
        // Framework start-up chatter stays out of the terminal's console; operators can raise levels in
        // openoqs-terminal-web.properties.
        app.setDefaultProperties(Map.of("logging.level.root", "WARN", "logging.level.org.openoqs", "INFO"));
        ConfigurableApplicationContext context = app.run(
                "--spring.config.name=openoqs-terminal-web",
                "--server.address=" + config.bindAddress(),
                "--server.port=" + config.port(),
                "--server.servlet.session.cookie.name=" + SESSION_COOKIE,
                "--server.servlet.session.cookie.http-only=true",
                "--server.servlet.session.cookie.same-site=strict",
                "--server.servlet.session.tracking-modes=cookie",
                "--server.servlet.session.timeout=30m",
                "--server.error.whitelabel.enabled=false",
                "--server.error.include-stacktrace=never",
                "--spring.thymeleaf.prefix=classpath:/terminal-web/templates/",
                "--spring.web.resources.static-locations=classpath:/terminal-web/static/",
                "--spring.web.resources.chain.enabled=true",
                "--spring.jmx.enabled=false");
        return new TerminalWebServer(context, config);
    }

    public int port() {
        return port;
    }

    /** e.g. {@code http://127.0.0.1:8081}. */
    public URI url() {
        String host = config.bindAddress().contains(":") ? "[" + config.bindAddress() + "]" : config.bindAddress();
        if (host.equals("0.0.0.0") || host.equals("[::]")) {
            host = "127.0.0.1";
        }
        return URI.create("http://" + host + ":" + port);
    }

    /** The running application context, for tests that inspect its beans. */
    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
