package org.openoqs.central.linkage;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Tables {@code card_link} (accepted links) and {@code card_link_request} (every request and its outcome), V4. */
@Repository
public class CardLinkStore {
    private final JdbcTemplate jdbc;

    public CardLinkStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored link request. */
    public record Request(long id, long credentialId, String insurerNumber, String personKey, String certificateSerial,
                          String certificate, String status, String mismatches, LocalDateTime receivedAt) {}

    public Optional<String> personFor(String certificateSerial) {
        return jdbc.queryForList("SELECT person_key FROM card_link WHERE certificate_serial = ?", String.class,
                certificateSerial).stream().findFirst();
    }

    public void link(String certificateSerial, String certificateSha256, String insurerNumber, String personKey,
                     long requestId, LocalDateTime at) {
        jdbc.update("INSERT INTO card_link (certificate_serial, certificate_sha256, insurer_number, person_key, linked_at,"
                        + " request_id) VALUES (?, ?, ?, ?, ?, ?)", certificateSerial, certificateSha256, insurerNumber,
                personKey, Timestamp.valueOf(at), requestId);
    }

    public long addRequest(long credentialId, String insurerNumber, String personKey, String certificateSerial,
                           String certificate, String status, String mismatches, LocalDateTime at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO card_link_request (credential_id, insurer_number, person_key,"
                    + " certificate_serial, certificate, status, mismatches, received_at, decided_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, credentialId);
            ps.setString(2, insurerNumber);
            ps.setString(3, personKey);
            ps.setString(4, certificateSerial);
            ps.setString(5, certificate);
            ps.setString(6, status);
            ps.setString(7, mismatches);
            ps.setTimestamp(8, Timestamp.valueOf(at));
            ps.setTimestamp(9, CardLinkOutcome.HELD.equals(status) ? null : Timestamp.valueOf(at));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** Every request still waiting for review, oldest first (callers filter by what a credential may see). */
    public List<Request> held() {
        return jdbc.query("SELECT * FROM card_link_request WHERE status = 'HELD' ORDER BY id", CardLinkStore::read);
    }

    public Optional<Request> request(long id) {
        return jdbc.query("SELECT * FROM card_link_request WHERE id = ?", CardLinkStore::read, id).stream().findFirst();
    }

    private static Request read(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Request(rs.getLong("id"), rs.getLong("credential_id"), rs.getString("insurer_number"),
                rs.getString("person_key"), rs.getString("certificate_serial"), rs.getString("certificate"),
                rs.getString("status"), rs.getString("mismatches"), rs.getTimestamp("received_at").toLocalDateTime());
    }

    /** Moves a HELD request to its decision; false when it was no longer held (decided concurrently). */
    public boolean decide(long id, String status, String mismatches, String note, LocalDateTime at) {
        return jdbc.update("UPDATE card_link_request SET status = ?, mismatches = ?, note = ?, decided_at = ?"
                + " WHERE id = ? AND status = 'HELD'", status, mismatches, note, Timestamp.valueOf(at), id) == 1;
    }
}
