package org.openoqs.portal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's settings ({@code oqs.portal.*}). Several figures are not public, so they are settings rather than
 * constants: the お客さまID pattern ({@code CAF}/{@code COP} + 10 digits is [S], oqs-rules §1.7), the certificate reminder
 * lead, the reset-link lifetime, the document size limit.
 *
 * @param dataDir              central's data directory: the terminal CA lives in {@code <data-dir>/ca}
 * @param outboxDir            where mail is written as {@code .eml} files (a local outbox instead of SMTP)
 * @param baseUrl              the portal's public address, used in mailed links
 * @param customerIdPattern    お客さまID for IP-VPN on NTT/光コラボ lines
 * @param resetLinkValidity    how long a password-reset link works
 * @param certificateReminder  how long before expiry a terminal certificate is reminded
 * @param maxDocumentBytes     largest accepted subsidy document
 * @param signInMaxFailures    failed sign-ins before an account is locked for {@code signInLock}
 * @param signInLock           how long a locked account stays locked
 * @param minimumPasswordLength for accounts and PKCS#12 downloads
 */
@ConfigurationProperties("oqs.portal")
public record PortalSettings(
        @DefaultValue("./oqs-data") Path dataDir,
        @DefaultValue("./oqs-data/portal/outbox") Path outboxDir,
        @DefaultValue("http://127.0.0.1:8090") String baseUrl,
        @DefaultValue("^(CAF|COP)\\d{10}$") Pattern customerIdPattern,
        @DefaultValue("1h") Duration resetLinkValidity,
        @DefaultValue("60d") Duration certificateReminder,
        @DefaultValue("10485760") long maxDocumentBytes,
        @DefaultValue("5") int signInMaxFailures,
        @DefaultValue("15m") Duration signInLock,
        @DefaultValue("10") int minimumPasswordLength) {

}
