package org.openoqs.portal.certificate;

import java.time.Clock;
import org.openoqs.portal.PortalSettings;
import org.openoqs.portal.account.AccountRepository;
import org.openoqs.portal.account.PortalAccount;
import org.openoqs.portal.mail.MailOutbox;
import org.openoqs.portal.mail.PortalMail;
import org.openoqs.portal.web.JapanTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails each institution once per terminal certificate that expires within {@code oqs.portal.certificate-reminder}.
 * The {@code certificate_reminder} row is written before the mail, so two portal nodes never both remind; the home
 * page shows the same certificates as a banner until they are replaced.
 */
@Component
public class CertificateExpiryReminder {
    private static final Logger log = LoggerFactory.getLogger(CertificateExpiryReminder.class);
    private final JdbcTemplate jdbc;
    private final AccountRepository accounts;
    private final TerminalCertificates certificates;
    private final MailOutbox outbox;
    private final PortalSettings settings;
    private final Clock clock;

    public CertificateExpiryReminder(JdbcTemplate jdbc, AccountRepository accounts, TerminalCertificates certificates,
                                     MailOutbox outbox, PortalSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.certificates = certificates;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    public void scheduled() {
        int sent = remindAll();
        if (sent > 0) log.info("mailed {} terminal certificate expiry reminder(s)", sent);
    }

    /** Sends the reminders due now; returns how many were mailed. */
    public int remindAll() {
        int sent = 0;
        for (PortalAccount account : accounts.all()) {
            for (TerminalCertificateView certificate : certificates.expiringSoon(account.medicalInstitutionCode())) {
                if (claim(certificate.serialNumber())) {
                    outbox.send(mail(account, certificate));
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean claim(String serialNumber) {
        try {
            jdbc.update("INSERT INTO certificate_reminder (serial_number, reminded_at) VALUES (?, ?)", serialNumber,
                    JapanTime.now(clock));
            return true;
        } catch (DuplicateKeyException alreadyReminded) {
            return false;
        }
    }

    private PortalMail mail(PortalAccount account, TerminalCertificateView certificate) {
        return new PortalMail(account.email(), "【医療機関等向けポータルサイト】電子証明書の有効期限が近づいています",
                account.institutionName() + " ご担当者様\n\n"
                        + "資格確認端末「" + certificate.terminalId() + "」の電子証明書（シリアル番号 " + certificate.serialNumber()
                        + "）は " + certificate.notAfter().toLocalDate() + " に有効期限を迎えます。\n"
                        + "期限が切れるとオンライン資格確認等システムに接続できなくなります。期限までに新しい証明書を発行し、"
                        + "端末に設定してください。\n" + settings.baseUrl() + "/certificates\n");
    }
}
