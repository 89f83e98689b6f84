package org.openoqs.central.consent;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.openoqs.core.consent.CareSetting;
import org.openoqs.core.consent.ConsentCategory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@link ConsentStore} on the Flyway schema (table {@code consent}, V4). */
@Repository
public class JdbcConsentStore implements ConsentStore {
    private static final String COLUMNS = "id, institution_code, person_key, category, care_setting, cons_time,"
            + " available_time, withdrawn_at, withdrawn_by";

    private final JdbcTemplate jdbc;

    public JdbcConsentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Consent> insert(List<Consent> consents) {
        if (consents.isEmpty()) return List.of();
        // One batch, not a statement per consent: a card reading records up to four, on the confirmation's hot path.
        return jdbc.execute((ConnectionCallback<List<Consent>>) con -> {
            try (PreparedStatement ps = con.prepareStatement("INSERT INTO consent (institution_code, person_key, category,"
                    + " care_setting, cons_time, available_time) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                for (Consent c : consents) {
                    ps.setString(1, c.institutionCode());
                    ps.setString(2, c.personKey());
                    ps.setString(3, c.category().name());
                    ps.setString(4, c.careSetting().name());
                    ps.setTimestamp(5, Timestamp.valueOf(c.consTime()));
                    ps.setTimestamp(6, c.availableTime() == null ? null : Timestamp.valueOf(c.availableTime()));
                    ps.addBatch();
                }
                ps.executeBatch();
                List<Consent> stored = new ArrayList<>(consents.size());
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    for (Consent c : consents) {
                        if (!keys.next()) throw new IllegalStateException("fewer generated ids than consents inserted");
                        stored.add(new Consent(keys.getLong(1), c.institutionCode(), c.personKey(), c.category(),
                                c.careSetting(), c.consTime(), c.availableTime(), null, null));
                    }
                }
                return stored;
            }
        });
    }

    @Override
    public List<Consent> find(String institutionCode, String personKey, ConsentCategory category) {
        return jdbc.query("SELECT " + COLUMNS + " FROM consent WHERE institution_code = ? AND person_key = ?"
                        + " AND category = ? ORDER BY cons_time DESC, id DESC", JdbcConsentStore::read,
                institutionCode, personKey, category.name());
    }

    @Override
    public List<Consent> findByPerson(String personKey) {
        return jdbc.query("SELECT " + COLUMNS + " FROM consent WHERE person_key = ? ORDER BY cons_time DESC, id DESC",
                JdbcConsentStore::read, personKey);
    }

    @Override
    public boolean withdraw(long id, String personKey, LocalDateTime at, String by) {
        return jdbc.update("UPDATE consent SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ? AND person_key = ?"
                + " AND withdrawn_at IS NULL", Timestamp.valueOf(at), by, id, personKey) == 1;
    }

    @Override
    public int withdrawAll(String institutionCode, String personKey, ConsentCategory category, LocalDateTime at, String by) {
        return jdbc.update("UPDATE consent SET withdrawn_at = ?, withdrawn_by = ? WHERE institution_code = ?"
                        + " AND person_key = ? AND category = ? AND withdrawn_at IS NULL",
                Timestamp.valueOf(at), by, institutionCode, personKey, category.name());
    }

    private static Consent read(ResultSet rs, int row) throws SQLException {
        return new Consent(rs.getLong("id"), rs.getString("institution_code"), rs.getString("person_key"),
                ConsentCategory.valueOf(rs.getString("category")), CareSetting.valueOf(rs.getString("care_setting")),
                time(rs, "cons_time"), time(rs, "available_time"), time(rs, "withdrawn_at"), rs.getString("withdrawn_by"));
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
