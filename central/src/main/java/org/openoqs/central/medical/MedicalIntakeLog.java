package org.openoqs.central.medical;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import org.openoqs.central.intake.InsurerCredential;
import org.openoqs.central.intake.IntakeReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Records every medical intake attempt, accepted or rejected, in table {@code intake} next to the qualification
 * intakes, with its {@code kind}. Written outside the intake's transaction, so a rejected file leaves its record.
 */
@Component
class MedicalIntakeLog {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MedicalIntakeLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long begin(InsurerCredential credential, String fileName, MedicalIntakeKind kind) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("INSERT INTO intake (credential_id, file_name, received_at, status, kind)"
                    + " VALUES (?, ?, ?, 'RUNNING', ?)", new String[] {"id"});
            ps.setLong(1, credential.id());
            ps.setString(2, fileName);
            ps.setTimestamp(3, now());
            ps.setString(4, kind.kind());
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    void finish(IntakeReport r) {
        jdbc.update("UPDATE intake SET finished_at = ?, status = ?, rows_total = ?, inserted = ?, updated = ?, unchanged = ?,"
                        + " error_count = ? WHERE id = ?", now(), r.accepted() ? "ACCEPTED" : "REJECTED", r.rows(),
                r.inserted(), r.updated(), r.unchanged(), r.errorCount(), r.intakeId());
    }

    private Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(clock));
    }
}
