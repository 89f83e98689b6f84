package org.openoqs.central.qualification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Coalesces concurrent lookups into batches, as a group commit shares one commit: each caller queues its key; a caller
 * that finds fewer than {@code concurrentBatches} batches running becomes a leader, takes up to {@code maxBatch} queued
 * keys (oldest first) and loads them with one call of the loader, then hands each waiting caller its value. The other
 * callers park until their value is in, or until a leader finishes and they may lead the next batch.
 * <p>
 * Nothing ever waits for a batch to fill: a lone lookup is loaded at once, by its own thread. Batches grow only while
 * lookups arrive during other loads, i.e. exactly when sharing one round trip pays. A loader's exception is thrown to
 * every caller whose key was in that batch.
 *
 * @param <K> the key; equal keys queued together are loaded once
 * @param <V> the value; the loader answers every key it is given, {@code null} where it has none
 */
final class LookupCoalescer<K, V> {
    private static final int QUEUED = 0;
    private static final int TAKEN = 1;
    private static final int DONE = 2;

    private final Function<List<K>, Map<K, V>> loader;
    private final int maxBatch;
    private final Semaphore leaders;
    private final ConcurrentLinkedQueue<Pending<K, V>> queue = new ConcurrentLinkedQueue<>();
    private final LongAdder batches = new LongAdder();
    private final LongAdder lookups = new LongAdder();

    LookupCoalescer(Function<List<K>, Map<K, V>> loader, int maxBatch, int concurrentBatches) {
        if (maxBatch < 1 || concurrentBatches < 1) {
            throw new IllegalArgumentException("maxBatch and concurrentBatches must be at least 1");
        }
        this.loader = loader;
        this.maxBatch = maxBatch;
        this.leaders = new Semaphore(concurrentBatches);
    }

    /** The loader's value for {@code key}, loaded in this thread or in another caller's batch. */
    V get(K key) {
        Pending<K, V> mine = new Pending<>(key, Thread.currentThread());
        queue.add(mine);
        boolean interrupted = false;
        try {
            while (mine.state != DONE) {
                if (mine.state == QUEUED && leaders.tryAcquire()) {
                    leadOneBatch();
                } else {
                    // Woken when our value is in, or by a leader that finished while our key still waits.
                    LockSupport.park(this);
                    interrupted |= Thread.interrupted(); // a load in flight cannot be abandoned; keep the flag for later
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
        return mine.value();
    }

    /** Batches loaded so far. */
    long batches() {
        return batches.sum();
    }

    /** Lookups answered so far; {@code lookups() / batches()} is the mean batch size. */
    long lookups() {
        return lookups.sum();
    }

    /** Lookups queued and not yet taken into a batch (for tests and monitoring). */
    int queued() {
        return queue.size();
    }

    /** Runs with a leader's permit; gives it back and wakes the next waiting caller so a queued key is never stranded. */
    private void leadOneBatch() {
        try {
            List<Pending<K, V>> batch = take();
            if (!batch.isEmpty()) load(batch);
        } finally {
            leaders.release();
            Pending<K, V> next = queue.peek();
            if (next != null) LockSupport.unpark(next.thread);
        }
    }

    private List<Pending<K, V>> take() {
        List<Pending<K, V>> batch = new ArrayList<>(Math.min(maxBatch, 16));
        for (Pending<K, V> p; batch.size() < maxBatch && (p = queue.poll()) != null; ) {
            p.state = TAKEN;
            batch.add(p);
        }
        return batch;
    }

    private void load(List<Pending<K, V>> batch) {
        Set<K> keys = new LinkedHashSet<>();
        for (Pending<K, V> p : batch) keys.add(p.key);
        Map<K, V> values;
        try {
            values = loader.apply(List.copyOf(keys));
        } catch (RuntimeException | Error e) {
            for (Pending<K, V> p : batch) p.fail(e);
            return;
        } finally {
            batches.increment();
            lookups.add(batch.size());
        }
        for (Pending<K, V> p : batch) p.complete(values.get(p.key));
    }

    private static final class Pending<K, V> {
        final K key;
        final Thread thread;
        volatile int state = QUEUED;
        private V value;
        private Throwable failure;

        Pending(K key, Thread thread) {
            this.key = key;
            this.thread = thread;
        }

        void complete(V v) {
            value = v;
            finish();
        }

        void fail(Throwable e) {
            failure = e;
            finish();
        }

        /** The volatile write publishes value and failure to the owner, which reads them after seeing DONE. */
        private void finish() {
            state = DONE;
            if (thread != Thread.currentThread()) LockSupport.unpark(thread);
        }

        V value() {
            if (failure instanceof RuntimeException e) throw e;
            if (failure instanceof Error e) throw e;
            return value;
        }
    }
}
