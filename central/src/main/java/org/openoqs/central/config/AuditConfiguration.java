package org.openoqs.central.config;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import javax.sql.DataSource;
import org.openoqs.central.audit.AuditEntryStore;
import org.openoqs.central.audit.AuditHeadLogger;
import org.openoqs.central.audit.AuditSettings;
import org.openoqs.central.audit.AuditTrail;
import org.openoqs.central.audit.GroupCommitAuditTrail;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail: the JDBC store (after Flyway, because it takes the {@link JdbcTemplate}), the group-commit writer
 * (closed, and so drained, on shutdown) and the periodic head log. Bound to {@code oqs.audit.*}.
 *
 * <p>The writer has a small connection pool of its own ({@link #auditWriterDataSource}): its callers block until their
 * events are committed, and a {@code @Transactional} caller blocks while holding a connection of the shared pool.
 * Sharing that pool, 16 such callers at once (its size) left the writer nothing to commit with, and every one of them
 * waited out the append timeout — found by the bench's card confirmation at 32 connections.
 */
@Configuration
@EnableConfigurationProperties(AuditSettings.class)
public class AuditConfiguration {

    @Bean
    public AuditEntryStore auditEntryStore(JdbcTemplate jdbc, @Qualifier("auditWriterDataSource") DataSource writer) {
        return new AuditEntryStore(jdbc, writer);
    }

    /**
     * The writer's own pool: the same database as {@code spring.datasource.*}, two connections (the writer thread and
     * the periodic head log). Not a default candidate, so the application's DataSource stays the auto-configured one.
     */
    @Bean(defaultCandidate = false)
    @Qualifier("auditWriterDataSource")
    public HikariDataSource auditWriterDataSource(DataSourceProperties properties) {
        HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        pool.setPoolName("oqs-audit-writer");
        pool.setMaximumPoolSize(2);
        pool.setMinimumIdle(1);
        // spring.datasource.hikari.* binds to the application's pool only; the writer's group commit is the batch
        // that gains most from multi-row INSERTs on PostgreSQL (H2 ignores the property).
        pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        return pool;
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
