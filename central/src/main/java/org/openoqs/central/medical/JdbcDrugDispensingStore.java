package org.openoqs.central.medical;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openoqs.core.code.OqsCode;
import org.openoqs.core.date.DateRange;
import org.openoqs.core.medical.DrugCode;
import org.openoqs.core.medical.DrugDispensing;
import org.openoqs.core.medical.InOut;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link DrugDispensingStore} on table {@code drug_dispensing} (V5), H2 and PostgreSQL. */
public class JdbcDrugDispensingStore implements DrugDispensingStore {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuuMM");
    private static final String DATA = "me_tr_month, me_tr_di_h_nm, in_out, drug_n, ingre_n, qua1, unit, usage_n, times,"
            + " sp_inst, pr_date";
    private static final String KEY = "person_key, di_date, me_tr_di_h_cd, drug_c, seq";
    private static final String SELECT = "SELECT " + KEY + ", " + DATA + ", intake_id FROM drug_dispensing";
    private static final String INSERT = "INSERT INTO drug_dispensing (" + DATA + ", intake_id, updated_at, " + KEY
            + ") VALUES (" + "?, ".repeat(17) + "?)";
    private static final String UPDATE = "UPDATE drug_dispensing SET me_tr_month = ?, me_tr_di_h_nm = ?, in_out = ?,"
            + " drug_n = ?, ingre_n = ?, qua1 = ?, unit = ?, usage_n = ?, times = ?, sp_inst = ?, pr_date = ?,"
            + " intake_id = ?, updated_at = ? WHERE person_key = ? AND di_date = ? AND me_tr_di_h_cd = ? AND drug_c = ?"
            + " AND seq = ?";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JdbcDrugDispensingStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<DrugDispensing> findByPerson(String personKey, DateRange range) {
        return jdbc.query(SELECT + " WHERE person_key = ? AND di_date BETWEEN ? AND ? ORDER BY di_date DESC, me_tr_di_h_cd, id",
                (rs, i) -> read(rs), personKey, Date.valueOf(range.from()), Date.valueOf(range.to()));
    }

    @Override
    public Map<DrugDispensing.Key, StoredRecord<DrugDispensing>> findByKeys(Collection<DrugDispensing.Key> keys) {
        Map<DrugDispensing.Key, StoredRecord<DrugDispensing>> found = new HashMap<>();
        if (keys.isEmpty()) return found;
        Set<DrugDispensing.Key> wanted = Set.copyOf(keys);
        // The day range of the wanted keys keeps a person's long history out of the read.
        LocalDate first = keys.stream().map(DrugDispensing.Key::diDate).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = keys.stream().map(DrugDispensing.Key::diDate).max(Comparator.naturalOrder()).orElseThrow();
        for (List<String> persons : PersonChunks.of(keys, DrugDispensing.Key::personKey)) {
            List<Object> args = new ArrayList<>(persons);
            args.add(Date.valueOf(first));
            args.add(Date.valueOf(last));
            jdbc.query(SELECT + " WHERE person_key IN (" + PersonChunks.placeholders(persons.size()) + ") AND di_date BETWEEN ? AND ?",
                    rs -> {
                        DrugDispensing d = read(rs);
                        if (wanted.contains(d.key())) found.put(d.key(), new StoredRecord<>(d, rs.getLong("intake_id")));
                    }, args.toArray());
        }
        return found;
    }

    @Override
    public void insert(List<DrugDispensing> records, long intakeId) {
        jdbc.batchUpdate(INSERT, rows(records, intakeId));
    }

    @Override
    public void update(List<DrugDispensing> records, long intakeId) {
        jdbc.batchUpdate(UPDATE, rows(records, intakeId));
    }

    @Override
    public void confirm(List<DrugDispensing> records, long intakeId) {
        jdbc.batchUpdate("UPDATE drug_dispensing SET intake_id = ? WHERE person_key = ? AND di_date = ? AND me_tr_di_h_cd = ?"
                + " AND drug_c = ? AND seq = ?", records.stream().map(d -> new Object[] {intakeId, d.personKey(),
                Date.valueOf(d.diDate()), d.meTrDiHCd().value(), d.drugC().value(), d.seq()}).toList());
    }

    @Override
    public long count() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM drug_dispensing", Long.class);
        return n == null ? 0 : n;
    }

    /** Data columns, intake, time, then the key: the parameter order of both INSERT and UPDATE. */
    private List<Object[]> rows(List<DrugDispensing> records, long intakeId) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        return records.stream().map(d -> new Object[] {d.meTrMonth().format(MONTH), d.meTrDiHNm(), d.inOut().code(),
                d.drugN(), d.ingreN(), d.qua1(), d.unit(), d.usageN(), d.times(), d.spInst(),
                d.prDate() == null ? null : Date.valueOf(d.prDate()), intakeId, now, d.personKey(), Date.valueOf(d.diDate()),
                d.meTrDiHCd().value(), d.drugC().value(), d.seq()}).toList();
    }

    private static DrugDispensing read(ResultSet rs) throws SQLException {
        Date prDate = rs.getDate("pr_date");
        return new DrugDispensing(rs.getString("person_key"), rs.getDate("di_date").toLocalDate(),
                YearMonth.parse(rs.getString("me_tr_month"), MONTH), new MedicalInstitutionCode(rs.getString("me_tr_di_h_cd")),
                rs.getString("me_tr_di_h_nm"), OqsCode.find(InOut.class, rs.getString("in_out")).orElseThrow(),
                new DrugCode(rs.getString("drug_c")), rs.getString("drug_n"), rs.getString("ingre_n"), rs.getBigDecimal("qua1"),
                rs.getString("unit"), rs.getString("usage_n"), rs.getInt("times"), rs.getString("sp_inst"),
                prDate == null ? null : prDate.toLocalDate(), rs.getInt("seq"));
    }
}
