package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.openoqs.central.audit.PersonKeyHash;

/**
 * The patient page's index on {@code audit_entry} becomes {@code (person_hash, sequence)} instead of
 * {@code (person_key, sequence)}: {@link PersonKeyHash} explains why. Entries written before this migration get their
 * hash here, a page of 1,000 at a time in sequence order (a Java migration because the hash is SHA-256, which H2 and
 * PostgreSQL spell differently in SQL). Runs in Flyway's transaction like the SQL migrations: all of it or none.
 */
public class V8__audit_person_hash extends BaseJavaMigration {
    private static final int PAGE = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE audit_entry ADD COLUMN person_hash BIGINT");
        }
        fillHashes(c);
        try (Statement s = c.createStatement()) {
            s.execute("DROP INDEX ix_audit_entry_person");
            s.execute("CREATE INDEX ix_audit_entry_person_hash ON audit_entry (person_hash, sequence)");
        }
    }

    private static void fillHashes(Connection c) throws SQLException {
        long after = Long.MIN_VALUE;
        try (PreparedStatement page = c.prepareStatement("SELECT sequence, person_key FROM audit_entry"
                + " WHERE sequence > ? AND person_key IS NOT NULL ORDER BY sequence LIMIT " + PAGE);
             PreparedStatement update = c.prepareStatement("UPDATE audit_entry SET person_hash = ? WHERE sequence = ?")) {
            int read;
            do {
                page.setLong(1, after);
                read = 0;
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        Long hash = PersonKeyHash.of(rs.getString(2));
                        if (hash == null) update.setNull(1, Types.BIGINT); else update.setLong(1, hash);
                        update.setLong(2, after);
                        update.addBatch();
                        read++;
                    }
                }
                if (read > 0) update.executeBatch();
            } while (read == PAGE);
        }
    }
}
