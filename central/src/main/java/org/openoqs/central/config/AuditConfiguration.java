package org.openoqs.central.config;

import java.time.Clock;
import org.openoqs.central.audit.AuditEntryStore;
import org.openoqs.central.audit.AuditHeadLogger;
import org.openoqs.central.audit.AuditSettings;
import org.openoqs.central.audit.AuditTrail;
import org.openoqs.central.audit.GroupCommitAuditTrail;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail: the JDBC store (after Flyway, because it takes the {@link JdbcTemplate}), the group-commit writer
 * (closed, and so drained, on shutdown) and the periodic head log. Bound to {@code oqs.audit.*}.
 */
@Configuration
@EnableConfigurationProperties(AuditSettings.class)
public class AuditConfiguration {

    @Bean
    public AuditEntryStore auditEntryStore(JdbcTemplate jdbc) {
        return new AuditEntryStore(jdbc);
    }

    /** After the head logger, so that on shutdown the trail drains first and the logger then logs the final head. */
    @Bean
    @DependsOn("auditHeadLogger")
    @ConditionalOnMissingBean
    public AuditTrail auditTrail(AuditEntryStore store, Clock clock, AuditSettings settings) {
        return GroupCommitAuditTrail.start(store, clock, settings);
    }

    @Bean
    public AuditHeadLogger auditHeadLogger(AuditEntryStore store, AuditSettings settings) {
        return new AuditHeadLogger(store, AuditHeadLogger.toLog()).every(settings.headLogInterval());
    }
}
