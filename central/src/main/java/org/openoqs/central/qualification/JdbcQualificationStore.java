package org.openoqs.central.qualification;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.qualification.QualificationRecord;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@link QualificationStore} on any JDBC database the Flyway schema runs on (H2 and PostgreSQL are tested). */
public class JdbcQualificationStore implements QualificationStore {
    /** Rows per INSERT statement: one round trip and one parse for many rows (35 parameters each, 3,500 in all). */
    static final int ROWS_PER_INSERT = 100;
    static final String BY_PERSON_KEYS = QualificationColumns.SELECT + " WHERE person_key = ANY(?)";
    static final String BY_CARD = QualificationColumns.SELECT
            + " WHERE insurer_number = ? AND insured_identification_number = ? AND birthdate = ?";
    /**
     * Many card lookups in one statement (PostgreSQL): the keys arrive as three arrays, {@code unnest} pairs them into
     * rows, and each row is joined through ix_qualification_card (a nested loop of index scans). One statement shape
     * whatever the number of keys, so the server-side prepared statement and its plan are reused.
     */
    static final String BY_CARDS = QualificationColumns.SELECT.replace(" FROM qualification", " FROM qualification q")
            + " JOIN unnest(?::varchar[], ?::varchar[], ?::varchar[]::date[]) AS k(insurer, number, birth)"
            + " ON q.insurer_number = k.insurer AND q.insured_identification_number = k.number AND q.birthdate = k.birth";
    static final String VALID_OTHER = "SELECT COUNT(*) FROM qualification WHERE person_key = ?"
            + " AND qualification_date <= ? AND (disqualification_date IS NULL OR disqualification_date > ?)"
            + " AND NOT (insurer_number = ? AND qualification_date = ?)";
    private static final String INSERT_ROW = "(" + "?, ".repeat(QualificationColumns.DATA.size()) + "?, ?)";
    private static final String INSERT = insert(1);
    private static final String INSERT_MANY = insert(ROWS_PER_INSERT);
    static final String HOLDS_RECORDS_OF = "SELECT 1 FROM qualification WHERE insurer_number = ? FETCH FIRST 1 ROWS ONLY";
    static final String BY_PERSON = QualificationColumns.SELECT + " WHERE person_key = ? ORDER BY qualification_date";
    static final String UPDATE = "UPDATE qualification SET "
            + QualificationColumns.DATA.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
            + ", intake_id = ?, updated_at = ? WHERE insurer_number = ? AND person_key = ? AND qualification_date = ?";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** Whether the database is PostgreSQL; asked of the first connection that needs to know. */
    private volatile Boolean postgres;

    public JdbcQualificationStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<QualificationRecord> findByCard(InsurerNumber insurer, String identificationNumber, LocalDate birthdate) {
        return jdbc().query(BY_CARD, (rs, i) -> QualificationColumns.read(rs), insurer.value(), identificationNumber,
                Date.valueOf(birthdate));
    }

    /** On PostgreSQL one statement ({@link #BY_CARDS}); elsewhere one lookup per key (an embedded store has no round trip to share). */
    @Override
    public Map<CardLookup, List<QualificationRecord>> findByCards(Collection<CardLookup> lookups) {
        if (lookups.isEmpty()) return Map.of();
        if (!postgres()) return QualificationStore.super.findByCards(lookups);
        return jdbc().execute((ConnectionCallback<Map<CardLookup, List<QualificationRecord>>>) c -> {
            Map<CardLookup, List<QualificationRecord>> found = new HashMap<>();
            for (CardLookup l : lookups) found.put(l, new ArrayList<>(1));
            try (PreparedStatement ps = c.prepareStatement(BY_CARDS)) {
                ps.setArray(1, c.createArrayOf("varchar", lookups.stream().map(l -> l.insurerNumber().value()).toArray()));
                ps.setArray(2, c.createArrayOf("varchar", lookups.stream().map(CardLookup::identificationNumber).toArray()));
                ps.setArray(3, c.createArrayOf("varchar", lookups.stream().map(l -> l.birthdate().toString()).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        QualificationRecord r = QualificationColumns.read(rs);
                        List<QualificationRecord> records = found.get(CardLookup.of(r));
                        if (records != null) records.add(r);
                    }
                }
            }
            return found;
        });
    }

    @Override
    public List<QualificationRecord> findByCardNumber(InsurerNumber insurer, String identificationNumber) {
        return jdbc().query(QualificationColumns.SELECT + " WHERE insurer_number = ? AND insured_identification_number = ?",
                (rs, i) -> QualificationColumns.read(rs), insurer.value(), identificationNumber);
    }

    @Override
    public List<QualificationRecord> findByPerson(String personKey) {
        return jdbc().query(BY_PERSON, (rs, i) -> QualificationColumns.read(rs), personKey);
    }

    @Override
    public boolean existsValidOther(String personKey, LocalDate date, QualificationRecord.Key excluding) {
        Long n = jdbc().queryForObject(VALID_OTHER, Long.class, personKey, Date.valueOf(date), Date.valueOf(date),
                excluding.insurerNumber().value(), Date.valueOf(excluding.qualificationDate()));
        return n != null && n > 0;
    }

    /**
     * One query per call whatever the number of keys: {@code person_key = ANY(array)} is a single statement shape
     * (prepared once, planned once) and both H2 and PostgreSQL answer it from the index on person_key; the rows are
     * then matched to the full keys here.
     */
    @Override
    public Map<QualificationRecord.Key, QualificationRecord> findByKeys(Collection<QualificationRecord.Key> keys) {
        if (keys.isEmpty()) return Collections.emptyMap();
        Object[] personKeys = keys.stream().map(QualificationRecord.Key::personKey).distinct().toArray();
        Set<QualificationRecord.Key> wanted = keys instanceof Set<QualificationRecord.Key> set ? set : new HashSet<>(keys);
        Map<QualificationRecord.Key, QualificationRecord> found = new HashMap<>();
        jdbc().query(c -> {
            PreparedStatement ps = c.prepareStatement(BY_PERSON_KEYS);
            ps.setArray(1, c.createArrayOf("VARCHAR", personKeys));
            return ps;
        }, rs -> {
            QualificationRecord r = QualificationColumns.read(rs);
            if (wanted.contains(r.key())) found.put(r.key(), r);
        });
        return found;
    }

    /** Answered from the first column of ix_qualification_card; stops at the first row. */
    @Override
    public boolean holdsRecordsOf(InsurerNumber insurer) {
        return !jdbc().queryForList(HOLDS_RECORDS_OF, Integer.class, insurer.value()).isEmpty();
    }

    /**
     * On PostgreSQL one {@code COPY} ({@link QualificationCopy}); elsewhere multi-row INSERTs of {@link #ROWS_PER_INSERT}
     * rows, sent as one JDBC batch, and the rest row by row in the same batch.
     */
    @Override
    public void insert(List<QualificationRecord> records, long intakeId) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        int whole = records.size() - records.size() % ROWS_PER_INSERT;
        jdbc().execute((ConnectionCallback<Void>) c -> {
            if (QualificationCopy.applies(c)) {
                QualificationCopy.copy(c, records, intakeId, now);
                return null;
            }
            if (whole > 0) {
                try (PreparedStatement ps = c.prepareStatement(INSERT_MANY)) {
                    for (int from = 0; from < whole; from += ROWS_PER_INSERT) {
                        int index = 1;
                        for (QualificationRecord r : records.subList(from, from + ROWS_PER_INSERT)) index = bindRow(ps, index, r, intakeId, now);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            if (whole < records.size()) {
                try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                    for (QualificationRecord r : records.subList(whole, records.size())) {
                        bindRow(ps, 1, r, intakeId, now);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return null;
        });
    }

    /** On PostgreSQL inside a transaction one {@code COPY} across batches ({@link QualificationCopy.Stream}). */
    @Override
    public BulkInsert bulkInsert(long intakeId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) return QualificationStore.super.bulkInsert(intakeId);
        DataSource dataSource = jdbc().getDataSource();
        Connection c = DataSourceUtils.getConnection(dataSource); // the transaction's, held until the stream closes
        boolean copies = false;
        try {
            copies = QualificationCopy.applies(c);
        } catch (SQLException e) {
            throw jdbc.getExceptionTranslator().translate("bulk insert", null, e);
        } finally {
            if (!copies) DataSourceUtils.releaseConnection(c, dataSource);
        }
        if (!copies) return QualificationStore.super.bulkInsert(intakeId);
        return new QualificationCopy.Stream(this, dataSource, c, jdbc.getExceptionTranslator(), intakeId, LocalDateTime.now(clock));
    }

    /** Binds one row's columns from {@code index} on; returns the next free index. Nulls carry their SQL type. */
    private static int bindRow(PreparedStatement ps, int index, QualificationRecord r, long intakeId, Timestamp now) throws SQLException {
        Object[] values = QualificationColumns.values(r);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) ps.setNull(index++, QualificationColumns.SQL_TYPES[i]);
            else if (v instanceof Date d) ps.setDate(index++, d);
            else ps.setString(index++, (String) v);
        }
        ps.setLong(index++, intakeId);
        ps.setTimestamp(index++, now);
        return index;
    }

    @Override
    public void update(List<QualificationRecord> records, long intakeId) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        jdbc().batchUpdate(UPDATE, records.stream().map(r -> append(QualificationColumns.values(r), intakeId, now,
                r.insurerNumber().value(), r.personKey(), Date.valueOf(r.qualificationDate()))).toList());
    }

    @Override
    public long count() {
        Long n = jdbc().queryForObject("SELECT COUNT(*) FROM qualification", Long.class);
        return n == null ? 0 : n;
    }

    /**
     * The template, once no {@code COPY} of a {@link #bulkInsert} is open on the transaction's connection: a statement
     * sent now would wait for the {@code COPY} to end, forever, as the same thread holds it.
     */
    private JdbcTemplate jdbc() {
        if (TransactionSynchronizationManager.hasResource(this)) {
            throw new IllegalStateException("A bulk insert is in flight on this transaction's connection: finish it before"
                    + " using the qualification store again");
        }
        return jdbc;
    }

    /** Whether this store runs on PostgreSQL (asked of the first connection, then remembered). */
    public boolean postgres() {
        Boolean known = postgres;
        if (known == null) postgres = known = jdbc.execute((ConnectionCallback<Boolean>) QualificationCopy::applies);
        return Boolean.TRUE.equals(known);
    }

    private static String insert(int rows) {
        return "INSERT INTO qualification (" + String.join(", ", QualificationColumns.DATA) + ", intake_id, updated_at) VALUES "
                + String.join(", ", Collections.nCopies(rows, INSERT_ROW));
    }

    private static Object[] append(Object[] values, Object... more) {
        Object[] all = new Object[values.length + more.length];
        System.arraycopy(values, 0, all, 0, values.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }
}
