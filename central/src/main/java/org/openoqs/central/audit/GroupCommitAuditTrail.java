package org.openoqs.central.audit;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.openoqs.core.audit.AuditChain;
import org.openoqs.core.audit.AuditHead;
import org.openoqs.core.audit.AuditRecord;
import org.openoqs.core.audit.AuditVerification;
import org.openoqs.core.audit.StoredAuditRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail with one writer thread and group commit. Callers enqueue their events and block; the writer takes
 * everything queued (up to {@code max-batch-size} events, never splitting one caller's events), chains it in memory
 * after the head it knows, and commits it with one JDBC batch in one transaction, then releases the callers. So the
 * cost of a commit is shared by everyone who arrived while the previous one ran.
 *
 * <p>Several nodes on one database: each node's writer keeps the head in memory and moves the stored head by
 * compare-and-set ({@link AuditEntryStore#append}). When another node moved it first, the writer reloads the head,
 * re-chains the same events after it and retries (up to {@code max-attempts}); the chain stays one total order.
 * After a restart the writer continues from the stored head.
 *
 * <p>Entries are stamped with the time their group is chained, so times never decrease along one node's chain.
 * {@link #close()} (on an orderly shutdown) refuses new events and waits until everything queued is committed.
 */
public final class GroupCommitAuditTrail implements AuditTrail, AutoCloseable {
    private static final long MAX_BACK_OFF_MILLIS = 200;
    private static final Logger log = LoggerFactory.getLogger(GroupCommitAuditTrail.class);
    private static final long POLL_MILLIS = 100;
    private final AuditEntryStore store;
    private final AuditTrailVerifier verifier;
    private final Clock clock;
    private final AuditSettings settings;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final ReentrantReadWriteLock closing = new ReentrantReadWriteLock();
    private final Thread writer;
    private final AtomicLong conflicts = new AtomicLong();
    private volatile boolean closed;
    /** The head this node last committed or read; null means "read it from the store". Writer thread only. */
    private AuditHead head;

    private record Pending(List<AuditEvent> events, CompletableFuture<List<StoredAuditRecord>> done) {}

    private GroupCommitAuditTrail(AuditEntryStore store, Clock clock, AuditSettings settings) {
        this.store = store;
        this.verifier = new AuditTrailVerifier(store, settings.verifyPageSize());
        this.clock = clock;
        this.settings = settings;
        this.writer = new Thread(this::run, "oqs-audit-writer");
        // A daemon, so a forgotten close() cannot keep the JVM alive; Spring calls close() on an orderly shutdown.
        writer.setDaemon(true);
    }

    /** Creates the trail and starts its writer thread. */
    public static GroupCommitAuditTrail start(AuditEntryStore store, Clock clock, AuditSettings settings) {
        GroupCommitAuditTrail trail = new GroupCommitAuditTrail(store, clock, settings);
        trail.writer.start();
        return trail;
    }

    @Override
    public StoredAuditRecord append(AuditEvent event) {
        return appendAll(List.of(event)).get(0);
    }

    @Override
    public List<StoredAuditRecord> appendAll(List<AuditEvent> events) {
        List<AuditEvent> copy = List.copyOf(events);
        if (copy.isEmpty()) return List.of();
        return await(enqueue(copy));
    }

    @Override
    public List<StoredAuditRecord> findByPerson(String personKey, int limit, int offset) {
        if (personKey == null || limit < 1 || limit > 1000 || offset < 0) {
            throw new IllegalArgumentException("personKey is required, limit 1–1000, offset ≥ 0");
        }
        return store.findByPerson(personKey, limit, offset);
    }

    @Override
    public AuditVerification verify() {
        return verifier.verify(List.of(), read -> {});
    }

    /** How often another node had moved the head first and a group was re-chained (for monitoring). */
    public long conflicts() {
        return conflicts.get();
    }

    private Pending enqueue(List<AuditEvent> events) {
        closing.readLock().lock();
        try {
            if (closed) throw new AuditWriteException("the audit trail is shut down", null);
            Pending pending = new Pending(events, new CompletableFuture<>());
            queue.add(pending);
            return pending;
        } finally {
            closing.readLock().unlock();
        }
    }

    private List<StoredAuditRecord> await(Pending pending) {
        try {
            return pending.done().get(settings.appendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof AuditWriteException w ? w : new AuditWriteException("audit append failed", e.getCause());
        } catch (TimeoutException e) {
            throw new AuditWriteException("audit append not confirmed within " + settings.appendTimeout()
                    + "; it may still be recorded", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditWriteException("interrupted while waiting for the audit append; it may still be recorded", e);
        }
    }

    private void run() {
        while (true) {
            Pending first;
            try {
                first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                // Nobody interrupts this thread on purpose; keep draining until closed.
                continue;
            }
            if (first != null) {
                commit(takeBatch(first));
            } else if (closed && queue.isEmpty()) {
                return;
            }
        }
    }

    /** The first pending group and whatever else is queued, within the batch size (one caller's events stay together). */
    private List<Pending> takeBatch(Pending first) {
        List<Pending> batch = new ArrayList<>();
        batch.add(first);
        int events = first.events().size();
        for (Pending next = queue.peek(); next != null && events + next.events().size() <= settings.maxBatchSize();
             next = queue.peek()) {
            batch.add(queue.poll());
            events += next.events().size();
        }
        return batch;
    }

    private void commit(List<Pending> batch) {
        List<AuditEvent> events = batch.stream().flatMap(p -> p.events().stream()).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                if (head == null) head = store.head();
                LocalDateTime now = AuditRecord.recordedAt(LocalDateTime.now(clock));
                List<StoredAuditRecord> segment = chain(head, events, now);
                store.append(head, segment, now);
                head = segment.get(segment.size() - 1).head();
                complete(batch, segment);
                return;
            } catch (ConcurrentAuditWriterException e) {
                head = null;
                conflicts.incrementAndGet();
                if (attempt >= settings.maxAttempts()) {
                    fail(batch, new AuditWriteException("another writer kept moving the audit head; gave up after "
                            + attempt + " attempts", e));
                    return;
                }
                backOff(attempt);
            } catch (Throwable e) {
                head = null;
                log.error("audit append of {} events failed", events.size(), e);
                fail(batch, new AuditWriteException("audit append failed: " + e.getMessage(), e));
                return;
            }
        }
    }

    private static List<StoredAuditRecord> chain(AuditHead after, List<AuditEvent> events, LocalDateTime now) {
        List<StoredAuditRecord> segment = new ArrayList<>(events.size());
        AuditHead link = after;
        for (AuditEvent event : events) {
            StoredAuditRecord entry = AuditChain.append(link, event.toRecord(link.nextSequence(), now));
            segment.add(entry);
            link = entry.head();
        }
        return segment;
    }

    private static void complete(List<Pending> batch, List<StoredAuditRecord> segment) {
        int from = 0;
        for (Pending p : batch) {
            int to = from + p.events().size();
            p.done().complete(List.copyOf(segment.subList(from, to)));
            from = to;
        }
    }

    private static void fail(List<Pending> batch, AuditWriteException e) {
        batch.forEach(p -> p.done().completeExceptionally(e));
    }

    /**
     * Exponential back-off with full jitter, capped: with a short fixed wait, a node whose commits are slow (a busy
     * machine) can lose to a steadily writing peer on every one of its attempts; a growing wait lets the peer's queue
     * drain so the slow node gets its turn.
     */
    private static void backOff(int attempt) {
        long ceilingMillis = Math.min(1L << Math.min(attempt, 8), MAX_BACK_OFF_MILLIS);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceilingMillis + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Refuses new events and returns once everything queued before is committed (or failed). Idempotent. */
    @PreDestroy
    @Override
    public void close() {
        closing.writeLock().lock();
        try {
            if (closed) return;
            closed = true;
        } finally {
            closing.writeLock().unlock();
        }
        try {
            writer.join(settings.appendTimeout().multipliedBy(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) log.warn("audit writer still busy at shutdown; {} groups not yet committed", queue.size());
    }
}
