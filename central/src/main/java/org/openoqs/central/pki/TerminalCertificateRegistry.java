package org.openoqs.central.pki;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The record of issued terminal certificates and their revocation. Central asks {@link #isActive} on every
 * institution request, so only unrevoked rows are cached, for {@code oqs.pki.active-cache-ttl} at most, and
 * {@link #revoke} forgets the serial at once: revocation is immediate on this node and bounded by the TTL on others.
 */
@Service
public class TerminalCertificateRegistry {
    private static final String COLUMNS = "serial_number, medical_institution_code, terminal_id, subject, not_before, "
            + "not_after, issued_at, revoked_at, revocation_reason";
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Cache<String, TerminalCertificate> unrevoked;

    public TerminalCertificateRegistry(JdbcTemplate jdbc, Clock clock, PkiProperties settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.unrevoked = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(settings.activeCacheTtl()).build();
    }

    /** Records a terminal certificate just issued; the 医療機関コード and terminal id are read from the certificate. */
    public TerminalCertificate record(IssuedCertificate issued) {
        var certificate = issued.certificate();
        TerminalCertificate row = new TerminalCertificate(issued.serialHex(),
                TerminalCertificates.institutionCode(certificate).orElseThrow(
                        () -> new IllegalArgumentException("not a terminal certificate: " + issued.subject())),
                TerminalCertificates.commonName(certificate), issued.subject(), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), clock.instant(), null, null);
        jdbc.update("INSERT INTO terminal_certificate (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.serialNumber(), row.medicalInstitutionCode(), row.terminalId(), row.subject(), time(row.notBefore()),
                time(row.notAfter()), time(row.issuedAt()), null, null);
        return row;
    }

    public Optional<TerminalCertificate> find(String serialNumber) {
        return jdbc.query("SELECT " + COLUMNS + " FROM terminal_certificate WHERE serial_number = ?", this::toRow,
                normalise(serialNumber)).stream().findFirst();
    }

    /** All certificates, or those of one institution when {@code institutionCode} is non-null, oldest first. */
    public List<TerminalCertificate> list(String institutionCode) {
        if (institutionCode == null) {
            return jdbc.query("SELECT " + COLUMNS + " FROM terminal_certificate ORDER BY issued_at, serial_number", this::toRow);
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM terminal_certificate WHERE medical_institution_code = ? "
                + "ORDER BY issued_at, serial_number", this::toRow, institutionCode);
    }

    /** Revokes an unrevoked certificate; false when the serial is unknown or already revoked. */
    public boolean revoke(String serialNumber, String reason) {
        String serial = normalise(serialNumber);
        unrevoked.invalidate(serial);
        int changed = jdbc.update("UPDATE terminal_certificate SET revoked_at = ?, revocation_reason = ? "
                + "WHERE serial_number = ? AND revoked_at IS NULL", time(clock.instant()), reason, serial);
        unrevoked.invalidate(serial); // again, in case a concurrent request re-cached it before the update committed
        return changed > 0;
    }

    /** Is the certificate with this serial registered, unrevoked and within validity at {@code now}? */
    public Optional<TerminalCertificate> active(String serialNumber, Instant now) {
        String serial = normalise(serialNumber);
        TerminalCertificate row = unrevoked.getIfPresent(serial);
        if (row == null) {
            row = find(serial).filter(r -> r.revokedAt() == null).orElse(null);
            if (row == null) return Optional.empty();
            unrevoked.put(serial, row);
        }
        return row.isActiveAt(now) ? Optional.of(row) : Optional.empty();
    }

    public boolean isActive(String serialNumber, Instant now) {
        return active(serialNumber, now).isPresent();
    }

    /** Serials are stored as BigInteger.toString(16); accept what a user copies from other tools (upper case, colons, 0x). */
    static String normalise(String serialNumber) {
        String hex = serialNumber.strip().toLowerCase().replace(":", "");
        if (hex.startsWith("0x")) hex = hex.substring(2);
        hex = hex.replaceFirst("^0+(?=.)", "");
        return hex;
    }

    private TerminalCertificate toRow(ResultSet rs, int rowNum) throws SQLException {
        return new TerminalCertificate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)),
                instant(rs.getTimestamp(8)), rs.getString(9));
    }

    private Timestamp time(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, clock.getZone()));
    }

    private Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().atZone(clock.getZone()).toInstant();
    }
}
