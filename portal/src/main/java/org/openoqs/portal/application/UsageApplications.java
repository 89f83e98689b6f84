package org.openoqs.portal.application;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.openoqs.portal.PortalSettings;
import org.openoqs.portal.account.AccountRepository;
import org.openoqs.portal.account.PortalAccount;
import org.openoqs.portal.mail.MailOutbox;
import org.openoqs.portal.mail.PortalMail;
import org.openoqs.portal.web.FormProblems;
import org.openoqs.portal.web.JapanTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * オンライン資格確認利用申請 ([C] oqs-rules §4, seed 3-1): 回線種別, the お客さまID for IP-VPN on NTT or 光コラボ lines
 * (pattern {@code oqs.portal.customer-id-pattern}, and its prefix must fit the carrier), 利用開始予定年月 and
 * 運用テスト開始予定年月 (optional while undecided). One open application per institution. The operator's approval
 * issues the マスタアカウント, whose notice covers both the 本番環境 and the 接続検証環境 and is mailed to the account.
 */
@Service
public class UsageApplications {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, medical_institution_code, line_type, line_carrier, customer_id, "
            + "planned_start_month, planned_test_month, online_claims, status, operator_comment, submitted_at, decided_at, "
            + "decided_by, master_account_id";
    private final JdbcTemplate jdbc;
    private final AccountRepository accounts;
    private final ApplicationDecisions decisions;
    private final MailOutbox outbox;
    private final PasswordEncoder encoder;
    private final PortalSettings settings;
    private final Clock clock;

    public UsageApplications(JdbcTemplate jdbc, AccountRepository accounts, ApplicationDecisions decisions,
                             MailOutbox outbox, PasswordEncoder encoder, PortalSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.decisions = decisions;
        this.outbox = outbox;
        this.encoder = encoder;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public UsageApplication submit(String institutionCode, UsageApplicationForm form) {
        FormProblems problems = new FormProblems();
        if (latest(institutionCode).filter(a -> a.status() != ApplicationStatus.RETURNED).isPresent()) {
            problems.add("lineType", "利用申請は提出済みです（差戻しの場合だけ再申請できます）");
        }
        LineType lineType = lineType(form, problems);
        LineCarrier carrier = lineType == LineType.IP_VPN ? carrier(form, problems) : null;
        String customerId = customerId(form, carrier, problems);
        YearMonth start = month("plannedStartMonth", form.plannedStartMonth(), problems);
        YearMonth test = month("plannedTestMonth", form.plannedTestMonth(), problems);
        if (start != null && start.isBefore(YearMonth.now(clock))) {
            problems.add("plannedStartMonth", "利用開始予定年月は今月以降を入力してください");
        }
        if (start != null && test != null && test.isAfter(start)) {
            problems.add("plannedTestMonth", "運用テスト開始予定年月は利用開始予定年月より後にできません");
        }
        problems.throwIfAny();
        jdbc.update("INSERT INTO usage_application (medical_institution_code, line_type, line_carrier, customer_id, "
                        + "planned_start_month, planned_test_month, online_claims, status, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                institutionCode, lineType.name(), carrier == null ? null : carrier.name(), customerId,
                start == null ? null : start.toString(), test == null ? null : test.toString(), form.onlineClaims(),
                ApplicationStatus.SUBMITTED.name(), JapanTime.now(clock));
        return latest(institutionCode).orElseThrow();
    }

    public Optional<UsageApplication> latest(String institutionCode) {
        return jdbc.query("SELECT " + COLUMNS + " FROM usage_application WHERE medical_institution_code = ? "
                + "ORDER BY id DESC", this::toApplication, institutionCode).stream().findFirst();
    }

    /** Has the institution an approved application, i.e. a マスタアカウント? Certificates are issued only then. */
    public boolean isApproved(String institutionCode) {
        return latest(institutionCode).filter(a -> a.status() == ApplicationStatus.APPROVED).isPresent();
    }

    public List<UsageApplication> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM usage_application ORDER BY id", this::toApplication);
    }

    /** 承認: issues the マスタアカウント and mails its notice; returns the master account id. */
    @Transactional
    public String approve(long id, String operator, String comment) {
        String code = decisions.decide(ApplicationKind.USAGE, id, ApplicationStatus.APPROVED, operator, comment);
        String masterId = "M" + code;
        String initialPassword = HexFormat.of().formatHex(randomBytes(8));
        jdbc.update("UPDATE usage_application SET master_account_id = ?, master_password_hash = ? WHERE id = ?",
                masterId, encoder.encode(initialPassword), id);
        PortalAccount account = accounts.find(code).orElseThrow();
        outbox.send(new PortalMail(account.email(), "【医療機関等向けポータルサイト】マスタアカウント情報のお知らせ",
                account.institutionName() + " ご担当者様\n\n"
                        + "オンライン資格確認利用申請を承認しました。オンライン資格確認等システムのマスタアカウント情報をお知らせします。\n\n"
                        + "［本番環境］\n  マスタアカウントID: " + masterId + "\n  初期パスワード: " + initialPassword + "\n"
                        + "［接続検証環境］\n  マスタアカウントID: " + masterId + "-T\n  初期パスワード: " + initialPassword + "\n\n"
                        + "初回ログイン時にパスワードを変更してください。続けて、ポータルサイトの「電子証明書」から端末ごとの"
                        + "電子証明書を発行してください（機器設定作業の5営業日前までに）。\n"
                        + settings.baseUrl() + "/certificates\n"));
        return masterId;
    }

    @Transactional
    public void returnApplication(long id, String operator, String comment) {
        decisions.decide(ApplicationKind.USAGE, id, ApplicationStatus.RETURNED, operator, comment);
    }

    private static LineType lineType(UsageApplicationForm form, FormProblems problems) {
        try {
            return LineType.valueOf(form.lineType());
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add("lineType", "電気通信回線種別を選んでください");
            return null;
        }
    }

    private static LineCarrier carrier(UsageApplicationForm form, FormProblems problems) {
        try {
            return LineCarrier.valueOf(form.lineCarrier());
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add("lineCarrier", "IP-VPN接続方式の回線事業者を選んでください");
            return null;
        }
    }

    /** Required and checked for NTT and 光コラボ IP-VPN lines; ignored (not stored) for every other line. */
    private String customerId(UsageApplicationForm form, LineCarrier carrier, FormProblems problems) {
        if (carrier == null || !carrier.needsCustomerId()) return null;
        String id = form.customerId() == null ? "" : form.customerId().strip().toUpperCase(java.util.Locale.ROOT);
        if (id.isEmpty()) {
            problems.add("customerId", "NTT・光コラボ回線のIP-VPN接続方式ではお客さまIDが必要です（開通のご案内に記載）");
        } else if (!settings.customerIdPattern().matcher(id).matches()) {
            problems.add("customerId", "お客さまIDの形式が正しくありません（例: CAF1234567890）");
        } else if (!id.startsWith(carrier.customerIdPrefix().orElseThrow())) {
            problems.add("customerId", carrier.label() + "のお客さまIDは " + carrier.customerIdPrefix().orElseThrow()
                    + " で始まります");
        }
        return id;
    }

    private static YearMonth month(String field, String raw, FormProblems problems) {
        if (raw == null || raw.isBlank()) return null;
        try {
            return YearMonth.parse(raw.strip());
        } catch (DateTimeParseException e) {
            problems.add(field, "年月は yyyy-MM の形で入力してください");
            return null;
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private UsageApplication toApplication(ResultSet rs, int row) throws SQLException {
        return new UsageApplication(rs.getLong(1), rs.getString(2), LineType.valueOf(rs.getString(3)),
                rs.getString(4) == null ? null : LineCarrier.valueOf(rs.getString(4)), rs.getString(5),
                rs.getString(6) == null ? null : YearMonth.parse(rs.getString(6)),
                rs.getString(7) == null ? null : YearMonth.parse(rs.getString(7)), rs.getBoolean(8),
                ApplicationStatus.valueOf(rs.getString(9)), rs.getString(10), JapanTime.local(rs.getTimestamp(11)),
                JapanTime.local(rs.getTimestamp(12)), rs.getString(13), rs.getString(14));
    }
}
