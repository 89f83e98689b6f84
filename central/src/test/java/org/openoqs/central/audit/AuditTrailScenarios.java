package org.openoqs.central.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openoqs.core.audit.AuditAction;
import org.openoqs.core.audit.AuditChain;
import org.openoqs.core.audit.AuditHead;
import org.openoqs.core.audit.AuditProblem;
import org.openoqs.core.audit.AuditRecord;
import org.openoqs.core.audit.AuditVerification;
import org.openoqs.core.audit.StoredAuditRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail on a real database, run once per store by the subclasses (H2 file store and PostgreSQL), so both
 * must behave identically. Each "node" is a {@link GroupCommitAuditTrail} with a connection pool of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuditTrailScenarios {
    static final Clock JST = Clock.system(java.time.ZoneId.of("Asia/Tokyo"));
    static final String GENESIS = AuditChain.GENESIS_HASH;
    final List<GroupCommitAuditTrail> nodes = new ArrayList<>();
    final List<HikariDataSource> nodePools = new ArrayList<>();
    String[] database;
    String url;
    HikariDataSource testPool;
    JdbcTemplate jdbc;
    AuditEntryStore store;

    /** A JDBC URL of an empty database for this class, and its user and password. */
    abstract String[] database() throws Exception;

    @BeforeAll
    void migrate() throws Exception {
        database = database();
        url = database[0];
        testPool = pool();
        Flyway.configure().dataSource(testPool).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(testPool);
        store = new AuditEntryStore(jdbc);
    }

    /** A small pool: a node's trail needs one connection to write and one to read. */
    HikariDataSource pool() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database[0]);
        pool.setUsername(database[1]);
        pool.setPassword(database[2]);
        pool.setMaximumPoolSize(4);
        pool.setMinimumIdle(1);
        return pool;
    }

    @BeforeEach
    void emptyTrail() {
        jdbc.update("DELETE FROM audit_entry");
        jdbc.update("UPDATE audit_head SET sequence = 0, hash = ?", GENESIS);
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(GroupCommitAuditTrail::close);
        nodes.clear();
        nodePools.forEach(HikariDataSource::close);
        nodePools.clear();
    }

    @AfterAll
    void closePool() {
        testPool.close();
    }

    /** A central node: a trail on a connection pool of its own. */
    GroupCommitAuditTrail node() {
        HikariDataSource pool = pool();
        nodePools.add(pool);
        GroupCommitAuditTrail node = GroupCommitAuditTrail.start(new AuditEntryStore(new JdbcTemplate(pool)), JST,
                AuditSettings.defaults());
        nodes.add(node);
        return node;
    }

    static AuditEvent event(String personKey) {
        return new AuditEvent(AuditAction.QUALIFICATION_CONFIRMATION, "1312345679", personKey, "01130012", "1",
                "QualificationConfirmationDate=20260501");
    }

    static Set<Long> sequences(List<StoredAuditRecord> entries) {
        Set<Long> seen = new TreeSet<>();
        entries.forEach(e -> assertThat(seen.add(e.sequence())).as("sequence %d handed out twice", e.sequence()).isTrue());
        return seen;
    }

    static Set<Long> oneTo(long n) {
        return new TreeSet<>(LongStream.rangeClosed(1, n).boxed().toList());
    }

    /** {@code threads} callers on {@code trail} (round robin), each appending {@code perThread} single events. */
    static List<StoredAuditRecord> appendConcurrently(List<GroupCommitAuditTrail> trails, int threads, int perThread)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<StoredAuditRecord>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            AuditTrail trail = trails.get(t % trails.size());
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                List<StoredAuditRecord> mine = new ArrayList<>();
                for (int i = 0; i < perThread; i++) mine.add(trail.append(event("PK-" + thread + "-" + i)));
                return mine;
            }));
        }
        start.countDown();
        List<StoredAuditRecord> all = new ArrayList<>();
        for (Future<List<StoredAuditRecord>> f : futures) all.addAll(f.get(120, TimeUnit.SECONDS));
        pool.shutdown();
        return all;
    }

    @Test
    void sixteenConcurrentCallersFormOneChainWithoutGaps() throws Exception {
        GroupCommitAuditTrail trail = node();
        trail.append(event("PK-warm-up"));
        int threads = 16;
        int perThread = 1500;
        long started = System.nanoTime();
        List<StoredAuditRecord> appended = appendConcurrently(List.of(trail), threads, perThread);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("audit appends on %s: %,d by %d callers in %.2f s = %,.0f appends/s%n",
                url.substring(0, url.indexOf(':', 5)), appended.size(), threads, seconds, appended.size() / seconds);
        assertThat(sequences(appended)).isEqualTo(new TreeSet<>(LongStream.rangeClosed(2, threads * perThread + 1).boxed().toList()));
        AuditVerification v = trail.verify();
        assertThat(v.intact()).as(v.summary()).isTrue();
        assertThat(v.entries()).isEqualTo(threads * perThread + 1);
        assertThat(store.head()).isEqualTo(v.head());
    }

    @Test
    void appendAllIsOneContiguousSegmentAmongOtherAppends() throws Exception {
        GroupCommitAuditTrail trail = node();
        ExecutorService others = Executors.newSingleThreadExecutor();
        Future<List<StoredAuditRecord>> background = others.submit(() -> appendConcurrently(List.of(trail), 4, 200));
        List<AuditEvent> bulk = Stream.iterate(0, i -> i + 1).limit(3000).map(i -> event("PK-bulk-" + i)).toList();
        List<StoredAuditRecord> segment = trail.appendAll(bulk);
        background.get(60, TimeUnit.SECONDS);
        others.shutdown();
        assertThat(segment).hasSize(3000);
        long first = segment.get(0).sequence();
        for (int i = 0; i < segment.size(); i++) {
            assertThat(segment.get(i).sequence()).isEqualTo(first + i);
            assertThat(segment.get(i).record().personKey()).isEqualTo("PK-bulk-" + i);
        }
        assertThat(trail.verify().entries()).isEqualTo(3800);
    }

    @Test
    void theChainContinuesAfterARestart() {
        GroupCommitAuditTrail before = node();
        StoredAuditRecord last = before.appendAll(List.of(event("PK-1"), event("PK-2"), event("PK-3"))).get(2);
        before.close();
        GroupCommitAuditTrail after = node();
        StoredAuditRecord next = after.append(event("PK-4"));
        assertThat(next.sequence()).isEqualTo(4);
        assertThat(next.previousHash()).isEqualTo(last.hash());
        assertThat(after.verify().summary()).isEqualTo("audit chain OK: 4 entries, head " + next.head());
    }

    @Test
    void twoNodesOnOneDatabaseStillFormOneChain() throws Exception {
        List<GroupCommitAuditTrail> twoNodes = List.of(node(), node());
        List<StoredAuditRecord> appended = appendConcurrently(twoNodes, 8, 300);
        assertThat(sequences(appended)).isEqualTo(oneTo(2400));
        assertThat(twoNodes.get(0).conflicts() + twoNodes.get(1).conflicts()).as("the nodes did collide").isPositive();
        for (GroupCommitAuditTrail n : twoNodes) {
            AuditVerification v = n.verify();
            assertThat(v.intact()).as(v.summary()).isTrue();
            assertThat(v.entries()).isEqualTo(2400);
        }
    }

    @Test
    void recordedTimesSurviveTheRoundTripExactly() {
        StoredAuditRecord appended = node().append(event("PK-time"));
        StoredAuditRecord stored = store.findByPerson("PK-time", 1, 0).get(0);
        assertThat(stored).isEqualTo(appended);
        assertThat(stored.record().recordedAt().getNano() % 1_000_000).isZero();
        assertThat(stored.record().recordedAt()).isCloseTo(LocalDateTime.now(JST), org.assertj.core.api.Assertions.within(5,
                java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void aPersonsEntriesComeNewestFirstInPages() {
        GroupCommitAuditTrail trail = node();
        for (int i = 0; i < 5; i++) {
            trail.append(event("PK-mine"));
            trail.append(event("PK-other"));
        }
        List<StoredAuditRecord> page1 = trail.findByPerson("PK-mine", 3, 0);
        List<StoredAuditRecord> page2 = trail.findByPerson("PK-mine", 3, 3);
        assertThat(page1).extracting(StoredAuditRecord::sequence).containsExactly(9L, 7L, 5L);
        assertThat(page2).extracting(StoredAuditRecord::sequence).containsExactly(3L, 1L);
        assertThat(trail.findByPerson("PK-nobody", 10, 0)).isEmpty();
        assertThatThrownBy(() -> trail.findByPerson("PK-mine", 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entriesWrittenBeforeTheHashedIndexAreFoundThroughIt() throws Exception {
        String[] fresh = database();
        HikariDataSource old = new HikariDataSource();
        old.setJdbcUrl(fresh[0]);
        old.setUsername(fresh[1]);
        old.setPassword(fresh[2]);
        old.setMaximumPoolSize(2);
        try (old) {
            Flyway.configure().dataSource(old).locations("classpath:db/migration").target("7").load().migrate();
            JdbcTemplate before = new JdbcTemplate(old);
            for (int i = 1; i <= 2503; i++) {
                before.update("INSERT INTO audit_entry (sequence, recorded_at, action, person_key, previous_hash, hash)"
                        + " VALUES (?, CURRENT_TIMESTAMP, 'QUALIFICATION_CONFIRMATION', ?, 'p', 'h')",
                        i, i % 1000 == 0 ? null : "PK-" + (i % 7));
            }
            Flyway.configure().dataSource(old).locations("classpath:db/migration").load().migrate();

            AuditEntryStore migrated = new AuditEntryStore(before);
            assertThat(migrated.findByPerson("PK-3", 1000, 0)).hasSize(358)
                    .allMatch(e -> "PK-3".equals(e.record().personKey()));
            assertThat(migrated.findByPerson("PK-3", 2, 0)).extracting(StoredAuditRecord::sequence).containsExactly(2502L, 2495L);
            assertThat(before.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE person_hash IS NULL", Long.class))
                    .isEqualTo(2L);
            assertThat(before.queryForObject("SELECT person_hash FROM audit_entry WHERE sequence = 3", Long.class))
                    .isEqualTo(PersonKeyHash.of("PK-3"));
        }
    }

    @Test
    void shutdownCommitsEverythingAcceptedAndRefusesTheRest() throws Exception {
        GroupCommitAuditTrail trail = node();
        ConcurrentLinkedQueue<StoredAuditRecord> committed = new ConcurrentLinkedQueue<>();
        AtomicBoolean refused = new AtomicBoolean();
        ExecutorService callers = Executors.newFixedThreadPool(16);
        for (int t = 0; t < 16; t++) {
            callers.submit(() -> {
                while (true) {
                    try {
                        committed.add(trail.append(event("PK-shutdown")));
                    } catch (AuditWriteException e) {
                        refused.set(e.getMessage().contains("shut down"));
                        return;
                    }
                }
            });
        }
        Thread.sleep(300);
        trail.close();
        callers.shutdown();
        assertThat(callers.awaitTermination(30, TimeUnit.SECONDS)).as("no caller left waiting").isTrue();
        assertThat(refused).isTrue();
        List<StoredAuditRecord> all = new ArrayList<>(committed);
        assertThat(all).isNotEmpty();
        assertThat(sequences(all)).isEqualTo(oneTo(all.size()));
        assertThat(store.head().sequence()).as("nothing committed that was not confirmed, nothing lost").isEqualTo(all.size());
        assertThatThrownBy(() -> trail.append(event("PK-late"))).isInstanceOf(AuditWriteException.class);
    }

    @Test
    void aFailedCommitFailsItsCallersAndTheChainGoesOnFromTheStoredHead() {
        GroupCommitAuditTrail trail = node();
        trail.append(event("PK-1"));
        jdbc.execute("ALTER TABLE audit_entry RENAME TO audit_entry_away");
        try {
            assertThatThrownBy(() -> trail.append(event("PK-lost"))).isInstanceOf(AuditWriteException.class);
        } finally {
            jdbc.execute("ALTER TABLE audit_entry_away RENAME TO audit_entry");
        }
        assertThat(trail.append(event("PK-2")).sequence()).isEqualTo(2);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theWriterStopsAtEntriesItDidNotWrite() {
        GroupCommitAuditTrail trail = node();
        trail.append(event("PK-1"));
        jdbc.update("INSERT INTO audit_entry (sequence, recorded_at, action, previous_hash, hash)"
                + " VALUES (2, TIMESTAMP '2026-05-01 00:00:00', 'PATIENT_SIGN_IN', ?, ?)", GENESIS, GENESIS);
        assertThatThrownBy(() -> trail.append(event("PK-2"))).isInstanceOf(AuditWriteException.class)
                .hasMessageContaining("outside central");
    }

    /** The five entries each tampering case starts from. */
    List<StoredAuditRecord> fiveEntries() {
        GroupCommitAuditTrail trail = node();
        List<StoredAuditRecord> chain = new ArrayList<>();
        for (int i = 1; i <= 5; i++) chain.add(trail.append(event("PK-" + i)));
        return chain;
    }

    static Arguments sql(String name, String statement, AuditProblem problem, long sequence) {
        return Arguments.of(name, (BiConsumer<JdbcTemplate, List<StoredAuditRecord>>) (jdbc, chain) -> jdbc.execute(statement),
                problem, sequence);
    }

    static Stream<Arguments> tampering() {
        String set = "UPDATE audit_entry SET %s WHERE sequence = 3";
        return Stream.of(
                sql("recorded_at", set.formatted("recorded_at = TIMESTAMP '2020-01-01 00:00:00'"), AuditProblem.EDITED, 3),
                sql("action", set.formatted("action = 'CARD_CONFIRMATION'"), AuditProblem.EDITED, 3),
                sql("unknown action", set.formatted("action = 'ERASED'"), AuditProblem.EDITED, 3),
                sql("institution_code", set.formatted("institution_code = '2712345673'"), AuditProblem.EDITED, 3),
                sql("person_key", set.formatted("person_key = 'PK-other'"), AuditProblem.EDITED, 3),
                sql("person_key null", set.formatted("person_key = NULL"), AuditProblem.EDITED, 3),
                // Not in the chain, but it decides whether the patient's page shows the entry.
                sql("person_hash", set.formatted("person_hash = 42"), AuditProblem.EDITED, 3),
                sql("person_hash null", set.formatted("person_hash = NULL"), AuditProblem.EDITED, 3),
                sql("subject", set.formatted("subject = '06131239'"), AuditProblem.EDITED, 3),
                sql("outcome", set.formatted("outcome = '4'"), AuditProblem.EDITED, 3),
                sql("detail", set.formatted("detail = NULL"), AuditProblem.EDITED, 3),
                sql("previous_hash", set.formatted("previous_hash = '" + "f".repeat(64) + "'"), AuditProblem.EDITED, 3),
                sql("hash", set.formatted("hash = '" + "e".repeat(64) + "'"), AuditProblem.EDITED, 3),
                sql("sequence", set.formatted("sequence = 99"), AuditProblem.MISSING, 3),
                sql("delete first", "DELETE FROM audit_entry WHERE sequence = 1", AuditProblem.MISSING, 1),
                sql("delete middle", "DELETE FROM audit_entry WHERE sequence = 3", AuditProblem.MISSING, 3),
                sql("delete newest", "DELETE FROM audit_entry WHERE sequence >= 4", AuditProblem.TRUNCATED, 4),
                sql("delete all", "DELETE FROM audit_entry", AuditProblem.TRUNCATED, 1),
                sql("insert copy", "INSERT INTO audit_entry (sequence, recorded_at, action, institution_code, person_key, subject,"
                        + " outcome, detail, previous_hash, hash) SELECT 6, recorded_at, action, institution_code, 'PK-forged',"
                        + " subject, outcome, detail, hash, hash FROM audit_entry WHERE sequence = 5", AuditProblem.EDITED, 6),
                sql("head rolled back", "UPDATE audit_head SET sequence = 3, hash = (SELECT hash FROM audit_entry WHERE sequence = 3)",
                        AuditProblem.BEYOND_HEAD, 4),
                sql("head hash", "UPDATE audit_head SET hash = '" + "a".repeat(64) + "'", AuditProblem.HEAD_MISMATCH, 5),
                Arguments.of("reorder 2 and 3", (BiConsumer<JdbcTemplate, List<StoredAuditRecord>>) (jdbc, chain) -> {
                    jdbc.update("UPDATE audit_entry SET sequence = -2 WHERE sequence = 2");
                    jdbc.update("UPDATE audit_entry SET sequence = 2 WHERE sequence = 3");
                    jdbc.update("UPDATE audit_entry SET sequence = 3 WHERE sequence = -2");
                }, AuditProblem.EDITED, 2),
                Arguments.of("insert a correctly chained entry", (BiConsumer<JdbcTemplate, List<StoredAuditRecord>>) (jdbc, chain) -> {
                    StoredAuditRecord forged = AuditChain.append(chain.get(4).head(),
                            event("PK-forged").toRecord(6, AuditRecord.recordedAt(LocalDateTime.now(JST))));
                    insert(jdbc, forged);
                }, AuditProblem.BEYOND_HEAD, 6));
    }

    static void insert(JdbcTemplate jdbc, StoredAuditRecord e) {
        AuditRecord r = e.record();
        jdbc.update("INSERT INTO audit_entry (sequence, recorded_at, action, institution_code, person_key, subject, outcome,"
                        + " detail, previous_hash, hash, person_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.sequence(),
                r.recordedAt(), r.action().name(), r.institutionCode(), r.personKey(), r.subject(), r.outcome(), r.detail(),
                e.previousHash(), e.hash(), PersonKeyHash.of(r.personKey()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tampering")
    void tamperingWithTheTablesIsDetected(String name, BiConsumer<JdbcTemplate, List<StoredAuditRecord>> tamper,
                                          AuditProblem problem, long sequence) {
        List<StoredAuditRecord> chain = fiveEntries();
        assertThat(nodes.get(0).verify().intact()).isTrue();
        tamper.accept(jdbc, chain);
        AuditVerification v = new AuditTrailVerifier(store, 2).verify(List.of(), read -> {});
        assertThat(v.problem()).as(v.summary()).isEqualTo(problem);
        assertThat(v.firstBadSequence()).as(v.summary()).isEqualTo(sequence);
        assertThat(nodes.get(0).verify()).isEqualTo(v);
    }

    @Test
    void aRecomputedRewriteIsCaughtByAHeadKeptElsewhere() {
        List<StoredAuditRecord> chain = fiveEntries();
        AuditHead logged = chain.get(4).head();
        jdbc.update("DELETE FROM audit_entry WHERE sequence >= 3");
        AuditHead head = chain.get(1).head();
        for (int seq = 3; seq <= 5; seq++) {
            StoredAuditRecord e = AuditChain.append(head, event("PK-rewritten").toRecord(seq, chain.get(seq - 1).record().recordedAt()));
            insert(jdbc, e);
            head = e.head();
        }
        jdbc.update("UPDATE audit_head SET hash = ?", head.hash());
        AuditTrailVerifier verifier = new AuditTrailVerifier(store, 1000);
        assertThat(verifier.verify(List.of(), read -> {}).intact()).as("the limit of the database's own head").isTrue();
        AuditVerification v = verifier.verify(List.of(logged), read -> {});
        assertThat(v.problem()).isEqualTo(AuditProblem.HEAD_MISMATCH);
        assertThat(v.firstBadSequence()).isEqualTo(5);
    }

    @Test
    void verificationReportsProgress() {
        fiveEntries();
        List<Long> progress = Collections.synchronizedList(new ArrayList<>());
        assertThat(new AuditTrailVerifier(store, 2).verify(List.of(), progress::add).intact()).isTrue();
        assertThat(progress).containsExactly(1L, 2L, 3L, 4L, 5L);
    }
}
