package org.openoqs.central.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openoqs.central.audit.AuditEntryStore;
import org.openoqs.central.audit.AuditEvent;
import org.openoqs.central.audit.AuditSettings;
import org.openoqs.central.audit.AuditTrail;
import org.openoqs.central.audit.AuditWriteException;
import org.openoqs.central.audit.GroupCommitAuditTrail;
import org.openoqs.central.confirmation.QualificationConfirmationService;
import org.openoqs.central.confirmation.ResultCodes;
import org.openoqs.central.qualification.JdbcQualificationStore;
import org.openoqs.central.reference.ReferenceNumberService;
import org.openoqs.core.audit.AuditVerification;
import org.openoqs.core.audit.StoredAuditRecord;
import org.openoqs.core.code.CharacterCodeIdentifier;
import org.openoqs.wire.qualification.BulkConfirmationRequest;
import org.openoqs.wire.qualification.BulkConfirmationRequestBody;
import org.openoqs.wire.qualification.BulkConfirmationResult;
import org.openoqs.wire.qualification.DownloadRequest;
import org.openoqs.wire.qualification.DownloadRequestBody;
import org.openoqs.wire.qualification.DownloadRequestHeader;
import org.openoqs.wire.qualification.ConfirmationRequestHeader;
import org.openoqs.wire.qualification.QualificationConfirmSearchInfo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The background worker of {@link BulkRequestService}: a large 一括照会 comes back whole and in order across stored
 * chunks, and what it does when central shuts down while a 一括照会 waits for its audit entries.
 */
class BulkRequestServiceTest {
    final SingleConnectionDataSource db = new SingleConnectionDataSource("jdbc:h2:mem:bulk-" + System.nanoTime(), "sa", "", true);

    /** An audit trail whose commit never comes: the caller waits, as it would for a slow database, until interrupted. */
    static final class WaitingAuditTrail implements AuditTrail {
        final CountDownLatch waiting = new CountDownLatch(1);
        final CountDownLatch gaveUp = new CountDownLatch(1);

        @Override
        public List<StoredAuditRecord> appendAll(List<AuditEvent> events) {
            waiting.countDown();
            try {
                new CountDownLatch(1).await();
                throw new AssertionError("unreachable");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AuditWriteException("interrupted while waiting for the audit append", e);
            } finally {
                gaveUp.countDown();
            }
        }

        @Override
        public StoredAuditRecord append(AuditEvent event) {
            return appendAll(List.of(event)).get(0);
        }

        @Override
        public List<StoredAuditRecord> findByPerson(String personKey, int limit, int offset) {
            return List.of();
        }

        @Override
        public AuditVerification verify() {
            throw new UnsupportedOperationException();
        }
    }

    final Clock clock = Clock.system(ZoneId.of("Asia/Tokyo"));
    final ResultCodes codes = new ResultCodes();
    JdbcTemplate jdbc;
    JdbcQualificationStore store;

    @BeforeEach
    void migrate() {
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(db);
        store = new JdbcQualificationStore(jdbc, clock);
    }

    @AfterEach
    void close() {
        db.destroy();
    }

    @Test
    void aBulkConfirmationLargerThanAChunkComesBackWholeAndInOrder() throws Exception {
        try (var audit = GroupCommitAuditTrail.start(new AuditEntryStore(jdbc), clock,
                new AuditSettings(2000, Duration.ofSeconds(30), 5, Duration.ofMinutes(5), 1000))) {
            var service = new BulkRequestService(new BulkRequestRepository(jdbc),
                    new QualificationConfirmationService(store, codes, clock, audit),
                    new ReferenceNumberService(store, jdbc, codes, clock), audit, codes, clock, 10_000);
            int size = 2 * BulkRequestService.UNITS_PER_CHUNK + 7;
            List<QualificationConfirmSearchInfo> units = IntStream.range(0, size).mapToObj(i ->
                    new QualificationConfirmSearchInfo("01130012", "1234", Integer.toString(i), "00", "19800415", "0", "u" + i)).toList();

            var reception = service.submitConfirmation("1312345679", new BulkConfirmationRequest(
                    new ConfirmationRequestHeader("20260501", "1312345679", "bulk-1"), new BulkConfirmationRequestBody(units)),
                    null, CharacterCodeIdentifier.UTF_8);
            BulkConfirmationResult result = awaitDone(service, reception.messageBody().receptionNumber());

            assertThat(result.messageHeader().numberOfProcessingResult()).isEqualTo(Integer.toString(size));
            assertThat(result.messageBody().bulkConfirmUnit()).extracting(u -> u.qualificationConfirmSearchInfo().arbitraryIdentifier())
                    .containsExactlyElementsOf(units.stream().map(QualificationConfirmSearchInfo::arbitraryIdentifier).toList());
            assertThat(audit.verify().intact()).isTrue();
        }
    }

    static BulkConfirmationResult awaitDone(BulkRequestService service, String receptionNumber) throws InterruptedException {
        var download = new DownloadRequest(new DownloadRequestHeader("1312345679", "bulk-1"), new DownloadRequestBody(receptionNumber));
        for (int i = 0; i < 300; i++) {
            BulkConfirmationResult r = service.downloadConfirmation("1312345679", download, CharacterCodeIdentifier.UTF_8);
            if (!"2".equals(r.messageHeader().segmentOfResult())) return r;
            Thread.sleep(50);
        }
        throw new AssertionError("一括照会 " + receptionNumber + " not done within 15 s");
    }

    @Test
    void aRequestInterruptedByShutdownStaysToBeResumedRatherThanFailed() throws Exception {
        var audit = new WaitingAuditTrail();
        var repository = new BulkRequestRepository(jdbc);
        var service = new BulkRequestService(repository, new QualificationConfirmationService(store, codes, clock, audit),
                new ReferenceNumberService(store, jdbc, codes, clock), audit, codes, clock, 100);

        var reception = service.submitConfirmation("1312345679", new BulkConfirmationRequest(
                new ConfirmationRequestHeader("20260501", "1312345679", "bulk-1"),
                new BulkConfirmationRequestBody(List.of(new QualificationConfirmSearchInfo("01130012", "1234", "5678", "00",
                        "19800415", "0", "r1")))), null, CharacterCodeIdentifier.UTF_8);
        String number = reception.messageBody().receptionNumber();
        assertThat(audit.waiting.await(10, TimeUnit.SECONDS)).isTrue();

        service.stop();

        assertThat(audit.gaveUp.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(repository.failed(number)).isFalse();
        assertThat(repository.unfinished()).extracting(BulkRequest::receptionNumber).containsExactly(number);
    }
}
