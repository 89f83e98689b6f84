package org.openoqs.central.medical;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The medical-information stores (JDBC by default, replaceable) and {@code oqs.medical.*}. The
 * {@link MedicalInformationConsent} bean comes from the consent feature; without it every request is refused.
 */
@Configuration
@EnableConfigurationProperties(MedicalResultCodes.class)
public class MedicalConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public DrugDispensingStore drugDispensingStore(JdbcTemplate jdbc, Clock clock) {
        return new JdbcDrugDispensingStore(jdbc, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    public HealthCheckupStore healthCheckupStore(JdbcTemplate jdbc, Clock clock) {
        return new JdbcHealthCheckupStore(jdbc, clock);
    }
}
