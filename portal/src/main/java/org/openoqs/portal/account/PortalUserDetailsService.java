package org.openoqs.portal.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.openoqs.portal.PortalSettings;
import org.openoqs.portal.web.JapanTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads institutions (by 医療機関等コード) and staff (by login id) for the one sign-in form, and locks a user for
 * {@code oqs.portal.sign-in-lock} after {@code oqs.portal.sign-in-max-failures} wrong passwords in a row. The counter
 * lives in the store, so it holds across restarts and portal nodes.
 */
@Service
public class PortalUserDetailsService implements UserDetailsService {
    private final JdbcTemplate jdbc;
    private final PortalSettings settings;
    private final Clock clock;

    public PortalUserDetailsService(JdbcTemplate jdbc, PortalSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip();
        List<PortalUser> found = jdbc.query("SELECT medical_institution_code, password_hash, institution_name, locked_until "
                + "FROM portal_account WHERE medical_institution_code = ?", (rs, n) -> new PortalUser(rs.getString(1),
                rs.getString(2), rs.getString(3), PortalUser.INSTITUTION, null, isLocked(rs.getTimestamp(4))), name);
        if (found.isEmpty()) {
            found = jdbc.query("SELECT login_id, password_hash, display_name, staff_role, prefecture_code, locked_until "
                    + "FROM portal_staff WHERE login_id = ?", (rs, n) -> new PortalUser(rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getString(4), rs.getString(5), isLocked(rs.getTimestamp(6))), name);
        }
        if (found.isEmpty()) throw new UsernameNotFoundException("no portal user " + name);
        return found.get(0);
    }

    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String name = String.valueOf(event.getAuthentication().getPrincipal()).strip();
        Timestamp lockUntil = JapanTime.of(clock.instant().plus(settings.signInLock()), clock);
        for (String table : new String[] {"portal_account", "portal_staff"}) {
            String key = table.equals("portal_account") ? "medical_institution_code" : "login_id";
            jdbc.update("UPDATE " + table + " SET failed_sign_ins = failed_sign_ins + 1 WHERE " + key + " = ?", name);
            jdbc.update("UPDATE " + table + " SET locked_until = ?, failed_sign_ins = 0 WHERE " + key + " = ? "
                    + "AND failed_sign_ins >= ?", lockUntil, name, settings.signInMaxFailures());
        }
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        jdbc.update("UPDATE portal_account SET failed_sign_ins = 0 WHERE medical_institution_code = ?", name);
        jdbc.update("UPDATE portal_staff SET failed_sign_ins = 0 WHERE login_id = ?", name);
    }

    private boolean isLocked(Timestamp lockedUntil) {
        return lockedUntil != null && JapanTime.instant(lockedUntil, clock).isAfter(clock.instant());
    }
}
