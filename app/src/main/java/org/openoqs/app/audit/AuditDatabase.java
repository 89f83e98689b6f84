package org.openoqs.app.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openoqs.app.central.CentralServer;
import org.openoqs.central.audit.AuditEntryStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * central's database opened with plain JDBC for the audit commands — no Spring context, no migrations, read-only.
 * The embedded H2 store must not be in use by a running central (H2 locks its file); PostgreSQL can be read while
 * central runs.
 */
final class AuditDatabase implements AutoCloseable {
    private final SingleConnectionDataSource connection;

    private AuditDatabase(SingleConnectionDataSource connection) {
        this.connection = connection;
    }

    /** @throws IllegalArgumentException when there is no embedded store in the data directory */
    static AuditDatabase open(CentralServer.Store store) {
        SingleConnectionDataSource connection = store.dbUrl() != null
                ? new SingleConnectionDataSource(store.dbUrl(), store.dbUser(), store.dbPassword(), true)
                : new SingleConnectionDataSource(embeddedUrl(store.dataDir()), "sa", "", true);
        return new AuditDatabase(connection);
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
