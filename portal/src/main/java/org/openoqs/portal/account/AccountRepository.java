package org.openoqs.portal.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.openoqs.core.institution.InstitutionType;
import org.openoqs.portal.web.JapanTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Institution accounts in {@code portal_account}. E-mail addresses are stored lower-cased, so uniqueness ignores case. */
@Repository
public class AccountRepository {
    private static final String COLUMNS = "medical_institution_code, email, institution_name, institution_type, "
            + "large_chain_pharmacy, created_at";
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AccountRepository(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void insert(PortalAccount account, String passwordHash) {
        jdbc.update("INSERT INTO portal_account (" + COLUMNS + ", password_hash, failed_sign_ins) VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
                account.medicalInstitutionCode(), account.email(), account.institutionName(),
                account.institutionType().name(), account.largeChainPharmacy(), JapanTime.now(clock), passwordHash);
    }

    public Optional<PortalAccount> find(String medicalInstitutionCode) {
        return jdbc.query("SELECT " + COLUMNS + " FROM portal_account WHERE medical_institution_code = ?", this::toAccount,
                medicalInstitutionCode).stream().findFirst();
    }

    public Optional<PortalAccount> findByEmail(String email) {
        return jdbc.query("SELECT " + COLUMNS + " FROM portal_account WHERE email = ?", this::toAccount,
                normaliseEmail(email)).stream().findFirst();
    }

    public boolean codeExists(String medicalInstitutionCode) {
        return find(medicalInstitutionCode).isPresent();
    }

    public boolean emailExists(String email) {
        return findByEmail(email).isPresent();
    }

    public List<PortalAccount> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM portal_account ORDER BY medical_institution_code", this::toAccount);
    }

    public void updatePassword(String medicalInstitutionCode, String passwordHash) {
        jdbc.update("UPDATE portal_account SET password_hash = ?, failed_sign_ins = 0, locked_until = NULL "
                + "WHERE medical_institution_code = ?", passwordHash, medicalInstitutionCode);
    }

    static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private PortalAccount toAccount(ResultSet rs, int row) throws SQLException {
        return new PortalAccount(rs.getString(1), rs.getString(2), rs.getString(3),
                InstitutionType.valueOf(rs.getString(4)), rs.getBoolean(5), JapanTime.local(rs.getTimestamp(6)));
    }
}
