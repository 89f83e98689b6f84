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
import org.springframework.stereotype.Repository;

/** Tables {@code bulk_request} and {@code bulk_unit}. Every read is scoped to the owning institution. */
@Repository
public class BulkRequestRepository {
    private static final String COLUMNS = "reception_number, medical_institution_code, message_kind, arbitrary_file_identifier,"
            + " qualification_confirmation_date, received_at, status, unit_count";
    private final JdbcTemplate jdbc;

    public BulkRequestRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(BulkRequest r, String requestId, List<String> unitJson) {
        jdbc.update("INSERT INTO bulk_request (" + COLUMNS + ", request_id) VALUES (?, ?, ?, ?, ?, ?, 'PROCESSING', ?, ?)",
                r.receptionNumber(), r.medicalInstitutionCode(), r.kind().prefix(), r.arbitraryFileIdentifier(),
                r.qualificationConfirmationDate() == null ? null : Date.valueOf(r.qualificationConfirmationDate()),
                Timestamp.valueOf(r.receivedAt()), r.unitCount(), requestId);
        List<Object[]> rows = new ArrayList<>(unitJson.size());
        for (int i = 0; i < unitJson.size(); i++) rows.add(new Object[] {r.receptionNumber(), i, unitJson.get(i)});
        jdbc.batchUpdate("INSERT INTO bulk_unit (reception_number, seq, request_json) VALUES (?, ?, ?)", rows);
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

    public List<String> requestUnits(String receptionNumber) {
        return jdbc.queryForList("SELECT request_json FROM bulk_unit WHERE reception_number = ? ORDER BY seq", String.class, receptionNumber);
    }

    public List<String> resultUnits(String receptionNumber) {
        return jdbc.queryForList("SELECT result_json FROM bulk_unit WHERE reception_number = ? ORDER BY seq", String.class, receptionNumber);
    }

    public void complete(String receptionNumber, List<String> resultJson, LocalDateTime now) {
        List<Object[]> rows = new ArrayList<>(resultJson.size());
        for (int i = 0; i < resultJson.size(); i++) rows.add(new Object[] {resultJson.get(i), receptionNumber, i});
        jdbc.batchUpdate("UPDATE bulk_unit SET result_json = ? WHERE reception_number = ? AND seq = ?", rows);
        jdbc.update("UPDATE bulk_request SET status = 'DONE', completed_at = ? WHERE reception_number = ?",
                Timestamp.valueOf(now), receptionNumber);
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
