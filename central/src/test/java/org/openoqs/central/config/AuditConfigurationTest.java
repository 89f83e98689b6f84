package org.openoqs.central.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openoqs.central.CentralApplication;
import org.openoqs.central.audit.AuditEvent;
import org.openoqs.central.audit.AuditTrail;
import org.openoqs.core.audit.AuditAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit writer's own pool: callers that wait for their append inside a transaction (as a card confirmation does)
 * may hold every connection of the shared pool, and the writer must still commit.
 */
@SpringBootTest(classes = CentralApplication.class, properties = "spring.datasource.hikari.maximum-pool-size=4")
class AuditConfigurationTest {
    private static final int CALLERS = 12;

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) throws Exception {
        registry.add("oqs.data-dir", Files.createTempDirectory("oqs-audit-pool-")::toString);
    }

    @Autowired DataSource dataSource;
    @Autowired @Qualifier("auditWriterDataSource") DataSource auditWriter;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired AuditTrail audit;

    @Test
    void theApplicationsDataSourceStaysTheSharedPool() {
        assertThat(dataSource).isInstanceOf(HikariDataSource.class);
        assertThat(((HikariDataSource) dataSource).getPoolName()).isNotEqualTo("oqs-audit-writer");
        assertThat(((HikariDataSource) dataSource).getMaximumPoolSize()).isEqualTo(4);
    }

    @Test
    void bothPoolsAskPostgresqlForMultiRowInsertsAndH2StillConnects() {
        for (DataSource pool : List.of(dataSource, auditWriter)) {
            assertThat(((HikariDataSource) pool).getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_head", Long.class)).isEqualTo(1);
    }

    @Test
    void transactionalCallersHoldingEverySharedConnectionStillGetTheirAppendsCommitted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<Long>> appends = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                String person = "PK-POOL-" + i;
                appends.add(pool.submit(() -> transaction.execute(status -> {
                    jdbc.queryForObject("SELECT COUNT(*) FROM audit_head", Long.class); // takes a shared connection
                    return audit.append(new AuditEvent(AuditAction.CARD_CONFIRMATION, "1312345679", person, null, "1", null))
                            .record().sequence();
                })));
            }
            for (Future<Long> append : appends) assertThat(append.get()).isPositive();
        } finally {
            pool.shutdownNow();
        }
    }
}
