package org.openoqs.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openoqs.app.central.CentralServer;

/**
 * A fresh, empty store for one bench run: the embedded H2 file store in a temporary directory, or a dedicated schema
 * ({@value #PG_SCHEMA}) of the PostgreSQL database, dropped and created again so no earlier run's rows skew the
 * numbers, and so the bench never touches the database's other schemas.
 */
public final class BenchStore implements AutoCloseable {
    static final String PG_SCHEMA = "oqs_bench";

    private final String label;
    private final Path dataDir;
    private final CentralServer.Store store;

    private BenchStore(String label, Path dataDir, CentralServer.Store store) {
        this.label = label;
        this.dataDir = dataDir;
        this.store = store;
    }

    public static BenchStore h2() throws IOException {
        Path dir = Files.createTempDirectory("oqs-bench-h2-");
        return new BenchStore("h2", dir, new CentralServer.Store(dir, null, null, null));
    }

    public static BenchStore postgres(String url, String user, String password) throws IOException, SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + PG_SCHEMA);
        }
        Path dir = Files.createTempDirectory("oqs-bench-pg-");
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + PG_SCHEMA;
        return new BenchStore("postgres", dir, new CentralServer.Store(dir, schemaUrl, user, password));
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

    /** Removes the temporary directory (the PostgreSQL schema stays for inspection until the next run). */
    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
