package org.openoqs.portal.account;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.openoqs.core.code.Prefecture;
import org.openoqs.portal.web.FormProblems;
import org.openoqs.portal.web.JapanTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Staff sign-ins ({@link StaffRole}), created by the command line ({@code oqs portal staff add}) or the demo, never
 * through the portal itself. Login ids are letters, digits, dot, dash and underscore, and never 10 digits, so they
 * cannot collide with an institution's 医療機関等コード on the shared sign-in form.
 */
@Service
public class StaffAccounts {
    private static final Pattern LOGIN_ID = Pattern.compile("^(?!\\d{10}$)[A-Za-z0-9._-]{3,64}$");
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords;
    private final Clock clock;

    public record Staff(String loginId, String displayName, StaffRole role, Prefecture prefecture) {}

    public StaffAccounts(JdbcTemplate jdbc, PasswordEncoder encoder, PasswordPolicy passwords, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Adds or replaces a staff sign-in. */
    public Staff put(String loginId, String displayName, StaffRole role, Prefecture prefecture, String password) {
        FormProblems problems = new FormProblems();
        if (loginId == null || !LOGIN_ID.matcher(loginId).matches()) {
            problems.add("loginId", "ログインIDは英数字と . _ - の3〜64文字（10桁の数字は医療機関等コードと紛れるため不可）");
        }
        if ((role == StaffRole.PREFECTURE) != (prefecture != null)) {
            problems.add("prefecture", "都道府県ユーザーには都道府県を、それ以外には指定しないでください");
        }
        passwords.check("password", password, password, problems);
        problems.throwIfAny();
        jdbc.update("DELETE FROM portal_staff WHERE login_id = ?", loginId);
        jdbc.update("INSERT INTO portal_staff (login_id, display_name, staff_role, prefecture_code, password_hash, "
                        + "failed_sign_ins, created_at) VALUES (?, ?, ?, ?, ?, 0, ?)", loginId,
                displayName == null || displayName.isBlank() ? loginId : displayName.strip(), role.name(),
                prefecture == null ? null : prefecture.code(), encoder.encode(password), JapanTime.now(clock));
        return new Staff(loginId, displayName, role, prefecture);
    }

    public boolean remove(String loginId) {
        return jdbc.update("DELETE FROM portal_staff WHERE login_id = ?", loginId) > 0;
    }

    public List<Staff> all() {
        return jdbc.query("SELECT login_id, display_name, staff_role, prefecture_code FROM portal_staff ORDER BY login_id",
                (rs, n) -> new Staff(rs.getString(1), rs.getString(2), StaffRole.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : Prefecture.fromNumber(Integer.parseInt(rs.getString(4))).orElseThrow()));
    }
}
