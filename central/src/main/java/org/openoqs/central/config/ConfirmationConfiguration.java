package org.openoqs.central.config;

import org.openoqs.central.confirmation.CallingInstitution;
import org.openoqs.central.confirmation.ClaimedInstitution;
import org.openoqs.central.confirmation.ResultCodes;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(ResultCodes.class)
public class ConfirmationConfiguration {

    /** Without mutual TLS only; with it, {@link TlsConfiguration} supplies the certificate-based caller. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "oqs.tls.enabled", havingValue = "false", matchIfMissing = true)
    public CallingInstitution callingInstitution() {
        return new ClaimedInstitution();
    }
}
