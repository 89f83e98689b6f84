package org.openoqs.central.qualification;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.qualification.QualificationRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link QualificationStore} on any JDBC database the Flyway schema runs on (H2 and PostgreSQL are tested). */
public class JdbcQualificationStore implements QualificationStore {
    private static final int KEYS_PER_QUERY = 500;
    private static final String BY_CARD = QualificationColumns.SELECT
            + " WHERE insurer_number = ? AND insured_identification_number = ? AND birthdate = ?";
    private static final String VALID_OTHER = "SELECT COUNT(*) FROM qualification WHERE person_key = ?"
            + " AND qualification_date <= ? AND (disqualification_date IS NULL OR disqualification_date > ?)"
            + " AND NOT (insurer_number = ? AND qualification_date = ?)";
    private static final String INSERT = "INSERT INTO qualification (" + String.join(", ", QualificationColumns.DATA)
            + ", intake_id, updated_at) VALUES (" + "?, ".repeat(QualificationColumns.DATA.size()) + "?, ?)";
    private static final String UPDATE = "UPDATE qualification SET "
            + QualificationColumns.DATA.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
            + ", intake_id = ?, updated_at = ? WHERE insurer_number = ? AND person_key = ? AND qualification_date = ?";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JdbcQualificationStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<QualificationRecord> findByCard(InsurerNumber insurer, String identificationNumber, LocalDate birthdate) {
        return jdbc.query(BY_CARD, (rs, i) -> QualificationColumns.read(rs), insurer.value(), identificationNumber,
                Date.valueOf(birthdate));
    }

    @Override
    public List<QualificationRecord> findByCardNumber(InsurerNumber insurer, String identificationNumber) {
        return jdbc.query(QualificationColumns.SELECT + " WHERE insurer_number = ? AND insured_identification_number = ?",
                (rs, i) -> QualificationColumns.read(rs), insurer.value(), identificationNumber);
    }

    @Override
    public List<QualificationRecord> findByPerson(String personKey) {
        return jdbc.query(QualificationColumns.SELECT + " WHERE person_key = ? ORDER BY qualification_date",
                (rs, i) -> QualificationColumns.read(rs), personKey);
    }

    @Override
    public boolean existsValidOther(String personKey, LocalDate date, QualificationRecord.Key excluding) {
        Long n = jdbc.queryForObject(VALID_OTHER, Long.class, personKey, Date.valueOf(date), Date.valueOf(date),
                excluding.insurerNumber().value(), Date.valueOf(excluding.qualificationDate()));
        return n != null && n > 0;
    }

    @Override
    public Map<QualificationRecord.Key, QualificationRecord> findByKeys(Collection<QualificationRecord.Key> keys) {
        if (keys.isEmpty()) return Collections.emptyMap();
        Map<QualificationRecord.Key, QualificationRecord> found = new HashMap<>();
        List<QualificationRecord.Key> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<QualificationRecord.Key> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            // A single-column IN on the indexed person_key is used by the index on every database; a row-value IN
            // over the unique key is not (H2 scans), which made intake quadratic in the table size.
            Object[] personKeys = chunk.stream().map(QualificationRecord.Key::personKey).distinct().toArray();
            String sql = QualificationColumns.SELECT + " WHERE person_key IN ("
                    + String.join(", ", Collections.nCopies(personKeys.length, "?")) + ")";
            Set<QualificationRecord.Key> wanted = Set.copyOf(chunk);
            jdbc.query(sql, rs -> {
                QualificationRecord r = QualificationColumns.read(rs);
                if (wanted.contains(r.key())) found.put(r.key(), r);
            }, personKeys);
        }
        return found;
    }

    @Override
    public void insert(List<QualificationRecord> records, long intakeId) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        jdbc.batchUpdate(INSERT, records.stream().map(r -> append(QualificationColumns.values(r), intakeId, now)).toList());
    }

    @Override
    public void update(List<QualificationRecord> records, long intakeId) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        jdbc.batchUpdate(UPDATE, records.stream().map(r -> append(QualificationColumns.values(r), intakeId, now,
                r.insurerNumber().value(), r.personKey(), Date.valueOf(r.qualificationDate()))).toList());
    }

    @Override
    public long count() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM qualification", Long.class);
        return n == null ? 0 : n;
    }

    private static Object[] append(Object[] values, Object... more) {
        Object[] all = new Object[values.length + more.length];
        System.arraycopy(values, 0, all, 0, values.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }
}
