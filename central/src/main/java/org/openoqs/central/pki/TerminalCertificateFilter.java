package org.openoqs.central.pki;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits a request to an institution endpoint only with a terminal certificate that is registered, unrevoked, within
 * validity and carries a valid 医療機関コード; stores that code as request attribute {@link #INSTITUTION_CODE}.
 * Everything else gets 403 with the reason. The TLS handshake already checked the chain to the CA, but TLS sessions
 * are resumed without a new handshake, so revocation can only be enforced here, on every request.
 */
public class TerminalCertificateFilter extends OncePerRequestFilter {
    public static final String INSTITUTION_CODE = TerminalCertificateFilter.class.getName() + ".institutionCode";
    static final String CERTIFICATES = "jakarta.servlet.request.X509Certificate";
    private static final Logger log = LoggerFactory.getLogger(TerminalCertificateFilter.class);
    private final TerminalCertificateRegistry registry;
    private final Clock clock;

    public TerminalCertificateFilter(TerminalCertificateRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        X509Certificate[] certificates = (X509Certificate[]) request.getAttribute(CERTIFICATES);
        if (certificates == null || certificates.length == 0) {
            refuse(response, "a terminal client certificate is required");
            return;
        }
        X509Certificate certificate = certificates[0];
        Optional<String> refusal = check(certificate, clock.instant());
        if (refusal.isPresent()) {
            log.warn("refused terminal certificate {} ({}): {}", TerminalCertificates.serialHex(certificate),
                    TerminalCertificates.subject(certificate), refusal.get());
            refuse(response, refusal.get());
            return;
        }
        request.setAttribute(INSTITUTION_CODE, TerminalCertificates.institutionCode(certificate).orElseThrow());
        chain.doFilter(request, response);
    }

    /** Why the certificate is refused, or empty when it may call. */
    Optional<String> check(X509Certificate certificate, Instant now) {
        if (now.isBefore(certificate.getNotBefore().toInstant()) || now.isAfter(certificate.getNotAfter().toInstant())) {
            return Optional.of("the terminal certificate is not valid now (" + certificate.getNotBefore() + " – "
                    + certificate.getNotAfter() + ")");
        }
        Optional<String> code = TerminalCertificates.institutionCode(certificate);
        if (code.isEmpty()) return Optional.of("the certificate carries no valid 医療機関コード");
        Optional<TerminalCertificate> row = registry.active(TerminalCertificates.serialHex(certificate), now);
        if (row.isEmpty()) return Optional.of("the terminal certificate is not registered or has been revoked");
        if (!row.get().medicalInstitutionCode().equals(code.get())) {
            return Optional.of("the certificate does not match its registration");
        }
        return Optional.empty();
    }

    private static void refuse(HttpServletResponse response, String reason) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\""
                + reason.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
