package org.openoqs.central.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL server for the PostgreSQL leg of the integration tests: {@code OQS_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}) as {@code OQS_PG_USER} (default {@code postgres}). Each test class
 * gets a fresh schema. When the server is down the tests are skipped with a message — unless {@code OQS_REQUIRE_PG=1}
 * (set by CI), where they fail instead, so the leg can never be skipped silently.
 */
public final class PostgresTestDatabase {
    public static final String URL = env("OQS_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("OQS_PG_USER", "postgres");
    public static final String PASSWORD = env("OQS_PG_PASSWORD", "");

    private PostgresTestDatabase() {}

    /** Creates a new schema and returns a JDBC URL that uses it; skips or fails when PostgreSQL is unreachable. */
    /** Points a Spring test context at a fresh schema of the test server (skips the test when none is reachable). */
    public static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
        String url = freshSchemaUrl();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    public static String freshSchemaUrl() {
        String schema = "oqs_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String message = "PostgreSQL not reachable at " + URL + " as " + USER + " (" + e.getMessage()
                    + "); start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";
            if ("1".equals(System.getenv("OQS_REQUIRE_PG"))) Assertions.fail("OQS_REQUIRE_PG=1 but " + message);
            Assumptions.abort("skipping the PostgreSQL leg: " + message);
        }
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
