package org.openoqs.portal.support;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.openoqs.central.config.StoreConfiguration;
import org.openoqs.central.support.MutableClock;
import org.openoqs.central.support.PostgresTestDatabase;
import org.openoqs.portal.PortalServer;
import org.openoqs.portal.mail.MailOutbox;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A running portal on a fresh store for one test class: embedded H2 in a temporary folder, or a fresh schema of the
 * PostgreSQL test server. The clock starts at {@link #START} and tests move it. {@link #mvc()} drives the real
 * filter chain (security, CSRF) without a browser.
 */
public final class PortalFixture implements AutoCloseable {
    /** 2026-11-21 10:00 JST. */
    public static final Instant START = Instant.parse("2026-11-21T01:00:00Z");
    public final MutableClock clock;
    public final Path dataDir;
    private final PortalServer server;
    private final MockMvc mvc;

    public enum Store { H2, POSTGRES }

    private PortalFixture(Store store, Instant start) throws IOException {
        clock = new MutableClock(start, StoreConfiguration.JAPAN);
        dataDir = Files.createTempDirectory("oqs-portal-test");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", 0);
        properties.put("oqs.portal.data-dir", dataDir.toString());
        properties.put("logging.level.root", "WARN");
        if (store == Store.POSTGRES) {
            properties.put("spring.datasource.url", PostgresTestDatabase.freshSchemaUrl());
            properties.put("spring.datasource.username", PostgresTestDatabase.USER);
            properties.put("spring.datasource.password", PostgresTestDatabase.PASSWORD);
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("central") + ";DB_CLOSE_ON_EXIT=FALSE");
        }
        server = PortalServer.start(properties, Optional.empty(), clock);
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) server.context()).apply(springSecurity()).build();
    }

    public static PortalFixture start(Store store) {
        return start(store, START);
    }

    /** A portal whose clock starts at {@code start} (subsidy deadlines lie in 2023). */
    public static PortalFixture start(Store store, Instant start) {
        try {
            return new PortalFixture(store, start);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public MockMvc mvc() {
        return mvc;
    }

    public <T> T bean(Class<T> type) {
        return server.context().getBean(type);
    }

    public MailOutbox outbox() {
        return bean(MailOutbox.class);
    }

    public PortalServer server() {
        return server;
    }

    @Override
    public void close() {
        server.close();
    }
}
