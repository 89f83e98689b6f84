package org.openoqs.central.config;

import java.time.Clock;
import java.util.List;
import org.openoqs.central.confirmation.CallingInstitution;
import org.openoqs.central.pki.CertificateInstitution;
import org.openoqs.central.pki.TerminalCertificateFilter;
import org.openoqs.central.pki.TerminalCertificateRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Mutual TLS for terminals ({@code oqs.tls.enabled=true}). Tomcat's TLS comes from Spring Boot's {@code server.ssl.*}
 * (key store with central's certificate, trust store with the OpenOQS CA, {@code client-auth=need} or {@code want});
 * this configuration adds the per-request certificate check on the institution paths ({@code oqs.tls.institution-paths})
 * and takes the calling institution from the certificate. Insurer intake keeps its bearer token; {@code /ping} and
 * {@code /actuator/health} are not checked.
 */
@Configuration
@ConditionalOnProperty(name = "oqs.tls.enabled", havingValue = "true")
public class TlsConfiguration {

    public TlsConfiguration(@Value("${server.ssl.client-auth:none}") String clientAuth) {
        if (!List.of("need", "want").contains(clientAuth.toLowerCase())) {
            throw new IllegalStateException("oqs.tls.enabled=true needs server.ssl.* with server.ssl.client-auth=need "
                    + "(or want), otherwise no terminal can present its certificate; it is: " + clientAuth);
        }
    }

    @Bean
    @ConditionalOnMissingBean
    public CallingInstitution certificateInstitution() {
        return new CertificateInstitution();
    }

    @Bean
    public FilterRegistrationBean<TerminalCertificateFilter> terminalCertificateFilter(
            TerminalCertificateRegistry registry, Clock clock,
            @Value("${oqs.tls.institution-paths}") List<String> institutionPaths) {
        var registration = new FilterRegistrationBean<>(new TerminalCertificateFilter(registry, clock));
        registration.setUrlPatterns(institutionPaths);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
