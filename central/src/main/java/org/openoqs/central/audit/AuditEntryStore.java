package org.openoqs.central.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import javax.sql.DataSource;
import org.openoqs.core.audit.AuditHead;
import org.openoqs.core.audit.StoredAuditRecord;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tables {@code audit_entry} and {@code audit_head} (V6). Works on a plain {@link JdbcTemplate}, without a Spring
 * context, so {@code oqs audit verify} can use it on a database central is not running on.
 *
 * <p>Writers append by compare-and-set on the single {@code audit_head} row: the update names the head the writer
 * chained from, and takes the row lock until commit. A second writer (another node) blocks on that lock and then finds
 * the head moved — zero rows updated — and must reload and retry ({@link ConcurrentAuditWriterException}).
 *
 * <p>The writer's statements (head, append) may go to a connection pool of their own. Callers wait for their append
 * while holding a connection of the shared pool (a {@code @Transactional} card confirmation does); should enough of
 * them wait at once, a writer that needs the shared pool would wait for a connection only they can give back.
 */
public class AuditEntryStore {
    /** The schema version (Flyway) whose columns this store reads: V8 added {@code person_hash}. */
    public static final String SCHEMA_VERSION = "8";
    private static final String COLUMNS = "sequence, recorded_at, action, institution_code, person_key, subject, outcome,"
            + " detail, previous_hash, hash, person_hash";
    private static final int INSERT_BATCH = 1000;
    private final JdbcTemplate jdbc;
    private final JdbcTemplate writer;
    private final TransactionTemplate transaction;

    /** Reads and writes on one data source. */
    public AuditEntryStore(JdbcTemplate jdbc) {
        this(jdbc, jdbc.getDataSource());
    }

    /** Reads on {@code jdbc}; the writer's head and appends on {@code writerDataSource}. */
    public AuditEntryStore(JdbcTemplate jdbc, DataSource writerDataSource) {
        this.jdbc = jdbc;
        this.writer = new JdbcTemplate(writerDataSource);
        this.transaction = new TransactionTemplate(new JdbcTransactionManager(writerDataSource));
    }

    /** The head as recorded with the entries. */
    public AuditHead head() {
        return writer.queryForObject("SELECT sequence, hash FROM audit_head WHERE id = 1",
                (rs, i) -> new AuditHead(rs.getLong(1), rs.getString(2)));
    }

    /**
     * Inserts {@code segment} (already chained after {@code expected}) and moves the head to its last entry, in one
     * transaction.
     *
     * @throws ConcurrentAuditWriterException when the head is no longer {@code expected}
     * @throws IllegalStateException when entries exist beyond the recorded head (written outside central)
     */
    void append(AuditHead expected, List<StoredAuditRecord> segment, LocalDateTime now) {
        AuditHead next = segment.get(segment.size() - 1).head();
        transaction.executeWithoutResult(status -> {
            moveHead(expected, next, now);
            try {
                insert(segment);
            } catch (DuplicateKeyException e) {
                // We hold the head row, so no central writer can own these sequences.
                throw new IllegalStateException("audit_entry already holds sequences after the recorded head " + expected
                        + "; entries were written outside central — run oqs audit verify", e);
            }
        });
    }

    private void moveHead(AuditHead expected, AuditHead next, LocalDateTime now) {
        int moved;
        try {
            moved = writer.update("UPDATE audit_head SET sequence = ?, hash = ?, updated_at = ? WHERE id = 1 AND sequence = ? AND hash = ?",
                    next.sequence(), next.hash(), now, expected.sequence(), expected.hash());
        } catch (PessimisticLockingFailureException e) {
            throw new ConcurrentAuditWriterException("audit head locked by another writer", e);
        }
        if (moved != 1) throw new ConcurrentAuditWriterException("audit head moved from " + expected, null);
    }

    private void insert(List<StoredAuditRecord> segment) {
        writer.batchUpdate("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", segment,
                INSERT_BATCH, (ps, e) -> {
                    var r = e.record();
                    ps.setLong(1, r.sequence());
                    ps.setObject(2, r.recordedAt());
                    ps.setString(3, r.action().name());
                    ps.setString(4, r.institutionCode());
                    ps.setString(5, r.personKey());
                    ps.setString(6, r.subject());
                    ps.setString(7, r.outcome());
                    ps.setString(8, r.detail());
                    ps.setString(9, e.previousHash());
                    ps.setString(10, e.hash());
                    ps.setObject(11, PersonKeyHash.of(r.personKey()), java.sql.Types.BIGINT);
                });
    }

    /** A person's entries, newest first: found through {@code (person_hash, sequence)} ({@link PersonKeyHash}). */
    public List<StoredAuditRecord> findByPerson(String personKey, int limit, int offset) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE person_hash = ? AND person_key = ?"
                + " ORDER BY sequence DESC LIMIT ? OFFSET ?", (rs, i) -> read(rs).toStored(),
                PersonKeyHash.of(personKey), personKey, limit, offset);
    }

    /**
     * Every entry in sequence order, read in pages by key so that memory does not grow with the log. An entry that
     * cannot be read (e.g. an unknown action) throws {@link org.openoqs.core.audit.UnreadableAuditRecordException}
     * from {@code next()} when its turn comes, not before.
     */
    public Iterator<StoredAuditRecord> entries(int pageSize) {
        return new AuditEntryPages(after -> jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE sequence > ?"
                + " ORDER BY sequence LIMIT ?", (rs, i) -> read(rs), after, pageSize), pageSize);
    }

    private static AuditEntryRow read(ResultSet rs) throws SQLException {
        return new AuditEntryRow(rs.getLong("sequence"), rs.getObject("recorded_at", LocalDateTime.class),
                rs.getString("action"), rs.getString("institution_code"), rs.getString("person_key"),
                rs.getString("subject"), rs.getString("outcome"), rs.getString("detail"),
                rs.getString("previous_hash"), rs.getString("hash"), rs.getObject("person_hash", Long.class));
    }
}
