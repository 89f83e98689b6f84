package org.openoqs.portal.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.openoqs.portal.PortalSettings;
import org.openoqs.portal.mail.MailOutbox;
import org.openoqs.portal.mail.PortalMail;
import org.openoqs.portal.web.FormProblems;
import org.openoqs.portal.web.FormRejectedException;
import org.openoqs.portal.web.JapanTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by mail. The requester learns nothing about whether the address has an account (the answer is the
 * same either way); the mailed link carries 256 random bits of which only the SHA-256 is stored; a link works once,
 * for {@code oqs.portal.reset-link-validity}, and a new request voids the older links of the same account.
 */
@Service
public class PasswordReset {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcTemplate jdbc;
    private final AccountRepository accounts;
    private final MailOutbox outbox;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords;
    private final PortalSettings settings;
    private final Clock clock;

    public PasswordReset(JdbcTemplate jdbc, AccountRepository accounts, MailOutbox outbox, PasswordEncoder encoder,
                         PasswordPolicy passwords, PortalSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.outbox = outbox;
        this.encoder = encoder;
        this.passwords = passwords;
        this.settings = settings;
        this.clock = clock;
    }

    /** Mails a reset link when the address belongs to an account; does nothing visible otherwise. */
    @Transactional
    public void request(String email) {
        Optional<PortalAccount> account = accounts.findByEmail(email);
        if (account.isEmpty()) return;
        String code = account.get().medicalInstitutionCode();
        jdbc.update("UPDATE password_reset SET used_at = ? WHERE medical_institution_code = ? AND used_at IS NULL",
                JapanTime.now(clock), code);
        String token = newToken();
        jdbc.update("INSERT INTO password_reset (token_hash, medical_institution_code, created_at, expires_at) VALUES (?, ?, ?, ?)",
                hash(token), code, JapanTime.now(clock), JapanTime.of(clock.instant().plus(settings.resetLinkValidity()), clock));
        outbox.send(new PortalMail(account.get().email(), "【医療機関等向けポータルサイト】パスワード再設定のご案内",
                account.get().institutionName() + " ご担当者様\n\n"
                        + "パスワード再設定の申請を受け付けました。下記のリンクから" + minutes() + "分以内に新しいパスワードを設定してください。\n\n"
                        + settings.baseUrl() + "/password/reset?token=" + token + "\n\n"
                        + "医療機関等コード: " + code + "\n"
                        + "お心当たりのない場合は、このメールを破棄してください。パスワードは変更されません。\n"));
    }

    /** Is the token usable now (unknown, used and expired tokens are not)? */
    public boolean isValid(String token) {
        return account(token).isPresent();
    }

    @Transactional
    public void reset(String token, String password, String confirmation) {
        String code = account(token).orElseThrow(() -> FormRejectedException.of("token",
                "このリンクは無効か、期限切れです。もう一度パスワード再設定を申請してください。"));
        FormProblems problems = new FormProblems();
        passwords.check("password", password, confirmation, problems);
        problems.throwIfAny();
        int used = jdbc.update("UPDATE password_reset SET used_at = ? WHERE token_hash = ? AND used_at IS NULL",
                JapanTime.now(clock), hash(token));
        if (used == 0) throw FormRejectedException.of("token", "このリンクは既に使われています");
        accounts.updatePassword(code, encoder.encode(password));
    }

    private Optional<String> account(String token) {
        if (token == null || token.isBlank()) return Optional.empty();
        return jdbc.queryForList("SELECT medical_institution_code FROM password_reset WHERE token_hash = ? "
                + "AND used_at IS NULL AND expires_at > ?", String.class, hash(token), JapanTime.now(clock)).stream().findFirst();
    }

    private long minutes() {
        return settings.resetLinkValidity().toMinutes();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
