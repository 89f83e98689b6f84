package org.openoqs.portal.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.openoqs.central.pki.IssuedCertificate;
import org.openoqs.central.pki.TerminalCertificate;
import org.openoqs.central.pki.TerminalCertificateRegistry;
import org.openoqs.central.pki.TerminalCertificateService;
import org.openoqs.portal.PortalSettings;
import org.openoqs.portal.account.PasswordPolicy;
import org.openoqs.portal.application.UsageApplications;
import org.openoqs.portal.certificate.TerminalCertificateView.CertificateState;
import org.openoqs.portal.web.FormProblems;
import org.openoqs.portal.web.FormRejectedException;
import org.springframework.stereotype.Service;

/**
 * 電子証明書発行申請, one certificate per terminal and per 医療機関等コード ([C] oqs-rules §6.2). Issued from central's
 * terminal CA only after the オンライン資格確認利用申請 is approved (the seed: 利用申請完了後に電子証明書の発行画面へ),
 * recorded in central's registry and handed out once as a PKCS#12 protected by the password the user chose; the
 * private key is not kept. Revocation goes through the same registry central checks on every request.
 */
@Service
public class TerminalCertificates {
    /** Becomes the certificate's CN: letters, digits and dashes keep it readable in logs and file names. */
    private static final Pattern TERMINAL_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9-]{0,31}$");
    private final TerminalCertificateService issuer;
    private final TerminalCertificateRegistry registry;
    private final UsageApplications usage;
    private final PasswordPolicy passwords;
    private final PortalSettings settings;
    private final Clock clock;

    public TerminalCertificates(TerminalCertificateService issuer, TerminalCertificateRegistry registry,
                                UsageApplications usage, PasswordPolicy passwords, PortalSettings settings, Clock clock) {
        this.issuer = issuer;
        this.registry = registry;
        this.usage = usage;
        this.passwords = passwords;
        this.settings = settings;
        this.clock = clock;
    }

    public IssuedDownload issue(String institutionCode, String terminalId, String password, String confirmation) {
        FormProblems problems = new FormProblems();
        if (!usage.isApproved(institutionCode)) {
            problems.add("terminalId", "オンライン資格確認利用申請の承認後に発行できます");
        }
        String id = terminalId == null ? "" : terminalId.strip();
        if (!TERMINAL_ID.matcher(id).matches()) {
            problems.add("terminalId", "端末名は英数字とハイフンで32文字以内（例: uketsuke-1）");
        } else if (list(institutionCode).stream().anyMatch(c -> c.terminalId().equals(id) && c.state().usable())) {
            problems.add("terminalId", "この端末名の有効な証明書があります。1端末につき1枚です（失効させてから再発行してください）");
        }
        passwords.check("password", password, confirmation, problems);
        problems.throwIfAny();
        try {
            issuer.initialiseCa(); // the CA is made on first use when central was never started with --tls
            IssuedCertificate issued = issuer.issueTerminal(institutionCode, id);
            return new IssuedDownload(issued.serialHex(), id, institutionCode + "-" + id + ".p12",
                    bytes(issued.toKeyStore(password.toCharArray()), password.toCharArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("the terminal CA could not issue: " + e.getMessage(), e);
        }
    }

    public List<TerminalCertificateView> list(String institutionCode) {
        Instant now = clock.instant();
        return registry.list(institutionCode).stream().map(row -> view(row, now)).toList();
    }

    /** Certificates of the institution that are still usable but expire within {@code oqs.portal.certificate-reminder}. */
    public List<TerminalCertificateView> expiringSoon(String institutionCode) {
        return list(institutionCode).stream().filter(c -> c.state() == CertificateState.EXPIRING).toList();
    }

    /** Revokes one of the institution's own certificates; central refuses it from the next request on. */
    public void revoke(String institutionCode, String serialNumber, String reason) {
        TerminalCertificate row = registry.find(serialNumber)
                .filter(c -> c.medicalInstitutionCode().equals(institutionCode))
                .orElseThrow(() -> FormRejectedException.of("serialNumber", "この医療機関等の証明書ではありません"));
        String why = reason == null || reason.isBlank() ? "医療機関等による失効" : reason.strip();
        if (why.length() > 200) throw FormRejectedException.of("reason", "失効理由は200文字以内で入力してください");
        if (!registry.revoke(row.serialNumber(), why)) {
            throw FormRejectedException.of("serialNumber", "この証明書は既に失効しています");
        }
    }

    /** The CA certificate a terminal trusts central's server certificate by, as a PKCS#12 trust store. */
    public byte[] trustStore(char[] password) {
        try {
            return bytes(issuer.initialiseCa().trustStore(), password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CertificateState state(TerminalCertificate row, Instant now) {
        if (row.revokedAt() != null) return CertificateState.REVOKED;
        if (now.isAfter(row.notAfter())) return CertificateState.EXPIRED;
        if (now.plus(settings.certificateReminder()).isAfter(row.notAfter())) return CertificateState.EXPIRING;
        return CertificateState.ACTIVE;
    }

    private TerminalCertificateView view(TerminalCertificate row, Instant now) {
        return new TerminalCertificateView(row.serialNumber(), row.terminalId(), local(row.notBefore()),
                local(row.notAfter()), local(row.issuedAt()), row.revokedAt() == null ? null : local(row.revokedAt()),
                row.revocationReason(), state(row, now));
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, clock.getZone());
    }

    private static byte[] bytes(KeyStore store, char[] password) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write PKCS#12: " + e.getMessage(), e);
        }
    }
}
