package org.openoqs.app.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openoqs.app.central.CentralServer;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.openoqs.central.audit.AuditEntryStore;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * central's database opened with plain JDBC for the audit commands — no Spring context, no migrations, read-only.
 * The embedded H2 store must not be in use by a running central (H2 locks its file); PostgreSQL can be read while
 * central runs.
 *
 * <p>A database whose schema is older than what {@link AuditEntryStore} reads (central of an earlier version wrote it
 * and has not run since) is refused with what to do: only central migrates. The version is read from Flyway's history
 * table with plain SQL — Flyway's own API would log to stdout here, where {@code audit list} writes its answer.
 */
final class AuditDatabase implements AutoCloseable {
    private final SingleConnectionDataSource connection;

    private AuditDatabase(SingleConnectionDataSource connection) {
        this.connection = connection;
    }

    /**
     * @throws IllegalArgumentException when there is no embedded store in the data directory, or its schema is older
     *     than {@link AuditEntryStore#SCHEMA_VERSION}
     */
    static AuditDatabase open(CentralServer.Store store) {
        SingleConnectionDataSource connection = store.dbUrl() != null
                ? new SingleConnectionDataSource(store.dbUrl(), store.dbUser(), store.dbPassword(), true)
                : new SingleConnectionDataSource(embeddedUrl(store.dataDir()), "sa", "", true);
        try {
            requireSchema(new JdbcTemplate(connection));
        } catch (RuntimeException e) {
            connection.destroy();
            throw e;
        }
        return new AuditDatabase(connection);
    }

    /** No history table: not a database central made; left to fail on the first read, which names what is missing. */
    private static void requireSchema(JdbcTemplate jdbc) {
        List<String> applied;
        try {
            applied = jdbc.queryForList("SELECT \"version\" FROM \"flyway_schema_history\""
                    + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL", String.class);
        } catch (DataAccessException e) {
            return;
        }
        MigrationVersion required = MigrationVersion.fromVersion(AuditEntryStore.SCHEMA_VERSION);
        MigrationVersion current = applied.stream().map(MigrationVersion::fromVersion)
                .max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
        if (current.compareTo(required) < 0) {
            throw new IllegalArgumentException("the database's schema is at version " + current + "; the audit"
                    + " commands read version " + required + " or later — start central on it once (it migrates on"
                    + " start), then run this again");
        }
    }

    /** The same file central uses, opened only if it exists and read-only, so a typo cannot create an empty store. */
    private static String embeddedUrl(Path dataDir) {
        Path base = dataDir.toAbsolutePath().resolve("central");
        if (!Files.exists(base.resolveSibling("central.mv.db"))) {
            throw new IllegalArgumentException("no embedded store in " + dataDir.toAbsolutePath());
        }
        return "jdbc:h2:file:" + base + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
    }

    AuditEntryStore entries() {
        return new AuditEntryStore(new JdbcTemplate(connection));
    }

    @Override
    public void close() {
        connection.destroy();
    }
}
