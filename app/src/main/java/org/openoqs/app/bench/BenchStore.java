package org.openoqs.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.openoqs.app.central.CentralServer;
import org.springframework.util.FileSystemUtils;

/**
 * A fresh, empty store for one bench run: the embedded H2 file store in a temporary directory, or a schema of its own
 * in the PostgreSQL database (default {@value #PG_SCHEMA}), created afresh so no earlier run's rows skew the numbers
 * and dropped at the end; the bench never touches the database's other schemas.
 */
public final class BenchStore implements AutoCloseable {
    static final String PG_SCHEMA = "oqs_bench";

    private final String label;
    private final Path dataDir;
    private final CentralServer.Store store;
    /** The PostgreSQL database (without the schema) and the schema to drop at the end; null for H2. */
    private final String databaseUrl;
    private final String schema;

    private BenchStore(String label, Path dataDir, CentralServer.Store store, String databaseUrl, String schema) {
        this.label = label;
        this.dataDir = dataDir;
        this.store = store;
        this.databaseUrl = databaseUrl;
        this.schema = schema;
    }

    public static BenchStore h2() throws IOException {
        Path dir = Files.createTempDirectory("oqs-bench-h2-");
        return new BenchStore("h2", dir, new CentralServer.Store(dir, null, null, null), null, null);
    }

    public static BenchStore postgres(String url, String user, String password, String schema) throws IOException, SQLException {
        if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("a bench schema name is lower-case letters, digits and _: " + schema);
        }
        execute(url, user, password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
        Path dir = Files.createTempDirectory("oqs-bench-pg-");
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new BenchStore("postgres", dir, new CentralServer.Store(dir, schemaUrl, user, password), url, schema);
    }

    private static void execute(String url, String user, String password, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
        }
    }

    /** Whether PostgreSQL answers at {@code url}; the reason when it does not. */
    public static String unreachableReason(String url, String user, String password) {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    public String label() { return label; }

    public CentralServer.Store store() { return store; }

    /** Drops the PostgreSQL schema and removes the temporary directory; call after central has stopped. */
    @Override
    public void close() throws IOException, SQLException {
        if (schema != null) {
            execute(databaseUrl, store.dbUser(), store.dbPassword(), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        FileSystemUtils.deleteRecursively(dataDir);
    }
}
