package org.openoqs.central.bulk;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tables {@code bulk_request} and {@code bulk_chunk} (V7). Every read is scoped to the owning institution. Units are
 * stored in chunks, each a JSON array of consecutive units, so a 一括照会 of 10,000 records is a few dozen rows, not
 * 10,000 (docs/performance.md §3). A request is stored with its request chunks, and its result chunks with status DONE,
 * each in one transaction. Requests accepted before V7 have their units one per row in {@code bulk_unit}; they are
 * read from there, as one chunk.
 */
@Repository
public class BulkRequestRepository {
    private static final String REQUEST = "REQUEST";
    private static final String RESULT = "RESULT";
    private static final String COLUMNS = "reception_number, medical_institution_code, message_kind, arbitrary_file_identifier,"
            + " qualification_confirmation_date, received_at, status, unit_count";
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public BulkRequestRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(new JdbcTransactionManager(jdbc.getDataSource()));
    }

    /** @param requestChunks the request's units, each element a JSON array of consecutive units, in order */
    public void insert(BulkRequest r, String requestId, List<String> requestChunks) {
        transaction.executeWithoutResult(status -> {
            insertRequest(r, requestId);
            insertChunks(r.receptionNumber(), REQUEST, requestChunks);
        });
    }

    private void insertRequest(BulkRequest r, String requestId) {
        jdbc.update("INSERT INTO bulk_request (" + COLUMNS + ", request_id) VALUES (?, ?, ?, ?, ?, ?, 'PROCESSING', ?, ?)",
                r.receptionNumber(), r.medicalInstitutionCode(), r.kind().prefix(), r.arbitraryFileIdentifier(),
                r.qualificationConfirmationDate() == null ? null : Date.valueOf(r.qualificationConfirmationDate()),
                Timestamp.valueOf(r.receivedAt()), r.unitCount(), requestId);
    }

    private void insertChunks(String receptionNumber, String part, List<String> chunks) {
        List<Object[]> rows = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) rows.add(new Object[] {receptionNumber, part, i, chunks.get(i)});
        jdbc.batchUpdate("INSERT INTO bulk_chunk (reception_number, part, chunk, units_json) VALUES (?, ?, ?, ?)", rows);
    }

    /** The request with this number if, and only if, it belongs to {@code institution}. */
    public Optional<BulkRequest> find(String institution, BulkKind kind, String receptionNumber) {
        return jdbc.query("SELECT " + COLUMNS + " FROM bulk_request WHERE reception_number = ? AND medical_institution_code = ?"
                + " AND message_kind = ?", (rs, i) -> read(rs), receptionNumber, institution, kind.prefix()).stream().findFirst();
    }

    public Optional<BulkRequest> findByRequestId(String institution, String requestId) {
        if (requestId == null) return Optional.empty();
        return jdbc.query("SELECT " + COLUMNS + " FROM bulk_request WHERE medical_institution_code = ? AND request_id = ?",
                (rs, i) -> read(rs), institution, requestId).stream().findFirst();
    }

    public List<BulkRequest> unfinished() {
        return jdbc.query("SELECT " + COLUMNS + " FROM bulk_request WHERE status = 'PROCESSING' ORDER BY received_at",
                (rs, i) -> read(rs));
    }

    /** The request's units as chunks (JSON arrays), in order. */
    public List<String> requestChunks(String receptionNumber) {
        return chunks(receptionNumber, REQUEST, "request_json");
    }

    /** The result's units as chunks (JSON arrays), in order; empty while not done. */
    public List<String> resultChunks(String receptionNumber) {
        return chunks(receptionNumber, RESULT, "result_json");
    }

    private List<String> chunks(String receptionNumber, String part, String legacyColumn) {
        List<String> chunks = jdbc.queryForList("SELECT units_json FROM bulk_chunk WHERE reception_number = ? AND part = ?"
                + " ORDER BY chunk", String.class, receptionNumber, part);
        return chunks.isEmpty() ? legacyChunk(receptionNumber, legacyColumn) : chunks;
    }

    /** Units stored one per row before V7, joined into one chunk; nothing when there are none. */
    private List<String> legacyChunk(String receptionNumber, String column) {
        List<String> units = jdbc.queryForList("SELECT " + column + " FROM bulk_unit WHERE reception_number = ? AND "
                + column + " IS NOT NULL ORDER BY seq", String.class, receptionNumber);
        return units.isEmpty() ? List.of() : List.of("[" + String.join(",", units) + "]");
    }

    /** Stores the result chunks and marks the request done, in one transaction: a download sees all of it or none. */
    public void complete(String receptionNumber, List<String> resultChunks, LocalDateTime now) {
        transaction.executeWithoutResult(status -> {
            insertChunks(receptionNumber, RESULT, resultChunks);
            jdbc.update("UPDATE bulk_request SET status = 'DONE', completed_at = ? WHERE reception_number = ?",
                    Timestamp.valueOf(now), receptionNumber);
        });
    }

    /** Processing failed for good; the download answers 異常終了 rather than 処理中 forever. */
    public void fail(String receptionNumber, LocalDateTime now) {
        jdbc.update("UPDATE bulk_request SET status = 'FAILED', completed_at = ? WHERE reception_number = ?",
                Timestamp.valueOf(now), receptionNumber);
    }

    public boolean failed(String receptionNumber) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT COUNT(*) FROM bulk_request WHERE reception_number = ? AND status = 'FAILED'",
                Long.class, receptionNumber) > 0);
    }

    private static BulkRequest read(ResultSet rs) throws SQLException {
        Date date = rs.getDate("qualification_confirmation_date");
        return new BulkRequest(rs.getString("reception_number"), rs.getString("medical_institution_code"),
                BulkKind.ofPrefix(rs.getString("message_kind")), rs.getString("arbitrary_file_identifier"),
                date == null ? null : date.toLocalDate(), rs.getTimestamp("received_at").toLocalDateTime(),
                "DONE".equals(rs.getString("status")), rs.getInt("unit_count"));
    }
}
