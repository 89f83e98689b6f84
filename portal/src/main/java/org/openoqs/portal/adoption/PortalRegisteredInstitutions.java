package org.openoqs.portal.adoption;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.openoqs.core.adoption.InstitutionAdoption;
import org.openoqs.core.institution.InstitutionType;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.portal.application.ApplicationStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The institutions registered on this portal, with milestones read from their own records: the first card-reader
 * order not returned → カードリーダー申込済, the first 利用申請 not returned → 利用申請済, the first terminal certificate
 * → 準備完了, the entered 運用開始日 → 運用中 from that day. A later milestone without an earlier one implies it
 * ({@link InstitutionAdoption#implied}). Whether a portal institution is covered by the mandate is not recorded; it
 * is taken as mandated ([inferred]: 93% are) unless the imported registry says otherwise. Read on every use: the
 * portal's own institutions are few and their records change at any time.
 */
@Component
public class PortalRegisteredInstitutions implements AdoptionSource {
    private static final String RETURNED = ApplicationStatus.RETURNED.name();
    private final JdbcTemplate jdbc;

    public PortalRegisteredInstitutions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<InstitutionAdoption> institutions() {
        return jdbc.query("SELECT a.medical_institution_code, a.institution_name, a.institution_type, "
                + "(SELECT MIN(c.submitted_at) FROM card_reader_application c "
                + "  WHERE c.medical_institution_code = a.medical_institution_code AND c.status <> ?), "
                + "(SELECT MIN(u.submitted_at) FROM usage_application u "
                + "  WHERE u.medical_institution_code = a.medical_institution_code AND u.status <> ?), "
                + "(SELECT MIN(t.issued_at) FROM terminal_certificate t "
                + "  WHERE t.medical_institution_code = a.medical_institution_code), "
                + "g.operation_start_date "
                + "FROM portal_account a LEFT JOIN go_live g ON g.medical_institution_code = a.medical_institution_code "
                + "ORDER BY a.medical_institution_code", this::toInstitution, RETURNED, RETURNED);
    }

    @Override
    public int order() { return 10; }

    private InstitutionAdoption toInstitution(ResultSet rs, int row) throws SQLException {
        return InstitutionAdoption.implied(new MedicalInstitutionCode(rs.getString(1)),
                InstitutionType.valueOf(rs.getString(3)), rs.getString(2), true, day(rs.getTimestamp(4)),
                day(rs.getTimestamp(5)), day(rs.getTimestamp(6)),
                rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate());
    }

    private static LocalDate day(Timestamp time) {
        return time == null ? null : time.toLocalDateTime().toLocalDate();
    }
}
