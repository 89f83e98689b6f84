package org.openoqs.central.medical;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openoqs.core.code.OqsCode;
import org.openoqs.core.date.DateRange;
import org.openoqs.core.medical.DataType;
import org.openoqs.core.medical.HealthCheckupItem;
import org.openoqs.core.medical.ItemCode;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link HealthCheckupStore} on table {@code health_checkup_item} (V5), H2 and PostgreSQL. */
public class JdbcHealthCheckupStore implements HealthCheckupStore {
    private static final String SELECT = "SELECT person_key, effective_time, item_code, item_name, data_type, data_value,"
            + " data_value_name, unit, oid, intake_id FROM health_checkup_item";
    private static final String INSERT = "INSERT INTO health_checkup_item (item_name, data_type, data_value, data_value_name,"
            + " unit, oid, intake_id, updated_at, person_key, effective_time, item_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE health_checkup_item SET item_name = ?, data_type = ?, data_value = ?,"
            + " data_value_name = ?, unit = ?, oid = ?, intake_id = ?, updated_at = ?"
            + " WHERE person_key = ? AND effective_time = ? AND item_code = ?";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JdbcHealthCheckupStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<HealthCheckupItem> findByPerson(String personKey, DateRange range) {
        return jdbc.query(SELECT + " WHERE person_key = ? AND effective_time BETWEEN ? AND ? ORDER BY effective_time DESC, id",
                (rs, i) -> read(rs), personKey, Date.valueOf(range.from()), Date.valueOf(range.to()));
    }

    @Override
    public Map<HealthCheckupItem.Key, StoredRecord<HealthCheckupItem>> findByKeys(Collection<HealthCheckupItem.Key> keys) {
        Map<HealthCheckupItem.Key, StoredRecord<HealthCheckupItem>> found = new HashMap<>();
        if (keys.isEmpty()) return found;
        Set<HealthCheckupItem.Key> wanted = Set.copyOf(keys);
        LocalDate first = keys.stream().map(HealthCheckupItem.Key::effectiveTime).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = keys.stream().map(HealthCheckupItem.Key::effectiveTime).max(Comparator.naturalOrder()).orElseThrow();
        for (List<String> persons : PersonChunks.of(keys, HealthCheckupItem.Key::personKey)) {
            List<Object> args = new ArrayList<>(persons);
            args.add(Date.valueOf(first));
            args.add(Date.valueOf(last));
            jdbc.query(SELECT + " WHERE person_key IN (" + PersonChunks.placeholders(persons.size())
                    + ") AND effective_time BETWEEN ? AND ?", rs -> {
                        HealthCheckupItem item = read(rs);
                        if (wanted.contains(item.key())) found.put(item.key(), new StoredRecord<>(item, rs.getLong("intake_id")));
                    }, args.toArray());
        }
        return found;
    }

    @Override
    public void insert(List<HealthCheckupItem> items, long intakeId) {
        jdbc.batchUpdate(INSERT, rows(items, intakeId));
    }

    @Override
    public void update(List<HealthCheckupItem> items, long intakeId) {
        jdbc.batchUpdate(UPDATE, rows(items, intakeId));
    }

    @Override
    public void confirm(List<HealthCheckupItem> items, long intakeId) {
        jdbc.batchUpdate("UPDATE health_checkup_item SET intake_id = ? WHERE person_key = ? AND effective_time = ? AND item_code = ?",
                items.stream().map(i -> new Object[] {intakeId, i.personKey(), Date.valueOf(i.effectiveTime()),
                        i.itemCode().value()}).toList());
    }

    @Override
    public long count() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM health_checkup_item", Long.class);
        return n == null ? 0 : n;
    }

    /** Data columns, intake, time, then the key: the parameter order of both INSERT and UPDATE. */
    private List<Object[]> rows(List<HealthCheckupItem> items, long intakeId) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        return items.stream().map(i -> new Object[] {i.itemName(), i.dataType().code(), i.dataValue(), i.dataValueName(),
                i.unit(), i.oid(), intakeId, now, i.personKey(), Date.valueOf(i.effectiveTime()), i.itemCode().value()}).toList();
    }

    private static HealthCheckupItem read(ResultSet rs) throws SQLException {
        return new HealthCheckupItem(rs.getString("person_key"), rs.getDate("effective_time").toLocalDate(),
                new ItemCode(rs.getString("item_code")), rs.getString("item_name"),
                OqsCode.find(DataType.class, rs.getString("data_type")).orElseThrow(), rs.getString("data_value"),
                rs.getString("data_value_name"), rs.getString("unit"), rs.getString("oid"));
    }
}
