package org.openoqs.central.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openoqs.core.audit.AuditAction;
import org.openoqs.core.audit.AuditHead;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class AuditHeadLoggerTest {
    final List<AuditHead> published = new ArrayList<>();
    SingleConnectionDataSource db;
    AuditEntryStore store;
    GroupCommitAuditTrail trail;

    @BeforeEach
    void database() {
        db = new SingleConnectionDataSource("jdbc:h2:mem:head-logger-" + System.nanoTime(), "sa", "", true);
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        store = new AuditEntryStore(new JdbcTemplate(db));
        trail = GroupCommitAuditTrail.start(store, Clock.systemUTC(), AuditSettings.defaults());
    }

    @AfterEach
    void close() {
        trail.close();
        db.destroy();
    }

    @Test
    void publishesTheHeadOnlyWhenItHasMoved() {
        AuditHeadLogger logger = new AuditHeadLogger(store, published::add);
        logger.publishIfMoved();
        logger.publishIfMoved();
        var entry = trail.append(new AuditEvent(AuditAction.PATIENT_SIGN_IN, null, "PK-1", null, null, null));
        logger.publishIfMoved();
        assertThat(published).containsExactly(AuditHead.GENESIS, entry.head());
    }

    @Test
    void closingPublishesTheFinalHead() {
        AuditHeadLogger logger = new AuditHeadLogger(store, published::add);
        logger.publishIfMoved();
        var entry = trail.append(new AuditEvent(AuditAction.PATIENT_SIGN_IN, null, "PK-1", null, null, null));
        logger.close();
        assertThat(published).containsExactly(AuditHead.GENESIS, entry.head());
    }
}
