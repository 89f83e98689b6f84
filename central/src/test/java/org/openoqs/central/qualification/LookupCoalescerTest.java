package org.openoqs.central.qualification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class LookupCoalescerTest {
    private final ExecutorService callers = Executors.newCachedThreadPool();
    /** Every batch the loader was given, in order. */
    private final List<List<Integer>> batches = new CopyOnWriteArrayList<>();
    private final List<String> loaderThreads = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    /** Answers each key with its double, after {@code gate} opens for the first batch (if given). */
    private Function<List<Integer>, Map<Integer, Integer>> doubling(CountDownLatch gate) {
        AtomicBoolean first = new AtomicBoolean(true);
        return keys -> {
            batches.add(keys);
            loaderThreads.add(Thread.currentThread().getName());
            if (gate != null && first.getAndSet(false)) await(gate);
            Map<Integer, Integer> values = new HashMap<>();
            for (Integer k : keys) values.put(k, k * 2);
            return values;
        };
    }

    @Test
    void aLoneLookupIsLoadedAtOnceByItsOwnThread() {
        var coalescer = new LookupCoalescer<>(doubling(null), 64, 2);

        assertThat(coalescer.get(21)).isEqualTo(42);
        assertThat(batches).containsExactly(List.of(21));
        assertThat(loaderThreads).containsExactly(Thread.currentThread().getName());
        assertThat(coalescer.batches()).isEqualTo(1);
        assertThat(coalescer.lookups()).isEqualTo(1);
    }

    @Test
    void lookupsArrivingDuringALoadShareTheNextBatch() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        var coalescer = new LookupCoalescer<>(doubling(gate), 64, 1);
        Future<Integer> leader = loadingFirst(coalescer);
        List<Future<Integer>> waiting = queueInOrder(coalescer, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        gate.countDown();

        assertThat(leader.get()).isZero();
        for (int i = 0; i < 10; i++) assertThat(waiting.get(i).get()).isEqualTo(2 * (i + 1));
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(coalescer.lookups()).isEqualTo(11);
    }

    @Test
    void noBatchExceedsTheMaximumAndTheOldestKeysGoFirst() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        var coalescer = new LookupCoalescer<>(doubling(gate), 4, 1);
        Future<Integer> leader = loadingFirst(coalescer);
        List<Future<Integer>> waiting = queueInOrder(coalescer, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        gate.countDown();

        leader.get();
        for (Future<Integer> f : waiting) f.get();
        assertThat(batches.subList(1, batches.size())).containsExactly(List.of(1, 2, 3, 4), List.of(5, 6, 7, 8), List.of(9, 10));
    }

    @Test
    void asManyBatchesRunAtOnceAsAllowed() throws Exception {
        CountDownLatch bothRunning = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        var coalescer = new LookupCoalescer<Integer, Integer>(keys -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            bothRunning.countDown();
            await(release);
            running.decrementAndGet();
            return Map.of(keys.get(0), 1);
        }, 64, 2);
        Future<Integer> a = callers.submit(() -> coalescer.get(1));
        Future<Integer> b = callers.submit(() -> coalescer.get(2));
        assertThat(bothRunning.await(10, TimeUnit.SECONDS)).as("two loads in flight at once").isTrue();
        Future<Integer> c = callers.submit(() -> coalescer.get(3));
        waitUntil(() -> coalescer.queued() == 1);
        release.countDown();

        assertThat(List.of(a.get(), b.get(), c.get())).containsExactly(1, 1, 1);
        assertThat(mostAtOnce).hasValue(2);
        assertThat(coalescer.batches()).isEqualTo(3);
    }

    @Test
    void aLoaderFailureIsThrownToEveryCallerOfThatBatchAndLaterLookupsStillWork() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        var coalescer = new LookupCoalescer<Integer, Integer>(keys -> {
            int call = calls.incrementAndGet();
            if (call == 1) await(gate);
            if (call == 2) throw new IllegalStateException("the database went away");
            return keys.get(0) == 5 ? Map.of() : Map.of(keys.get(0), 7);
        }, 64, 1);
        Future<Integer> first = callers.submit(() -> coalescer.get(0));
        waitUntil(() -> calls.get() == 1);
        List<Future<Integer>> failing = queueInOrder(coalescer, 1, 2);
        gate.countDown();

        assertThat(first.get()).isEqualTo(7);
        for (Future<Integer> f : failing) {
            assertThatThrownBy(f::get).hasCauseInstanceOf(IllegalStateException.class).hasMessageContaining("went away");
        }
        assertThat(coalescer.get(6)).isEqualTo(7);
        assertThat(coalescer.get(5)).as("a key the loader has no value for").isNull();
    }

    @Test
    void equalKeysQueuedTogetherAreLoadedOnce() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        var coalescer = new LookupCoalescer<>(doubling(gate), 64, 1);
        Future<Integer> leader = loadingFirst(coalescer);
        List<Future<Integer>> twice = queueInOrder(coalescer, 9, 9);
        gate.countDown();

        assertThat(List.of(leader.get(), twice.get(0).get(), twice.get(1).get())).containsExactly(0, 18, 18);
        assertThat(batches.get(1)).containsExactly(9);
        assertThat(coalescer.lookups()).isEqualTo(3);
    }

    @Test
    void anInterruptedCallerStillGetsItsValueAndKeepsItsInterrupt() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        var coalescer = new LookupCoalescer<>(doubling(gate), 64, 1);
        Future<Integer> leader = loadingFirst(coalescer);
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        AtomicInteger value = new AtomicInteger();
        Thread caller = new Thread(() -> {
            value.set(coalescer.get(4));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        waitUntil(() -> coalescer.queued() == 1);
        caller.interrupt();
        gate.countDown();
        caller.join(10_000);

        assertThat(leader.get()).isZero();
        assertThat(value).hasValue(8);
        assertThat(stillInterrupted).isTrue();
    }

    @Test
    void manyThreadsGetTheirOwnValuesAndEveryLookupIsCounted() throws Exception {
        var coalescer = new LookupCoalescer<Integer, Integer>(keys -> {
            Map<Integer, Integer> values = new HashMap<>();
            for (Integer k : keys) values.put(k, k * 2);
            return values;
        }, 8, 2);
        int threads = 8;
        int each = 5_000;
        List<Future<Integer>> wrong = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            wrong.add(callers.submit(() -> {
                int mismatches = 0;
                for (int i = 0; i < each; i++) {
                    int key = ThreadLocalRandom.current().nextInt(1_000);
                    if (coalescer.get(key) != key * 2) mismatches++;
                }
                return mismatches;
            }));
        }
        for (Future<Integer> f : wrong) assertThat(f.get()).isZero();
        assertThat(coalescer.lookups()).isEqualTo((long) threads * each);
        assertThat(coalescer.batches()).isBetween(1L, (long) threads * each);
        assertThat(coalescer.queued()).isZero();
    }

    @Test
    void refusesSettingsBelowOne() {
        assertThatThrownBy(() -> new LookupCoalescer<>(doubling(null), 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookupCoalescer<>(doubling(null), 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Looks key 0 up in another thread and returns once its batch is in the loader (held there by a gate). */
    private Future<Integer> loadingFirst(LookupCoalescer<Integer, Integer> coalescer) throws InterruptedException {
        Future<Integer> leader = callers.submit(() -> coalescer.get(0));
        waitUntil(() -> batches.size() == 1);
        return leader;
    }

    /** Looks these keys up, each in a thread of its own, each queued before the next is asked for. */
    private List<Future<Integer>> queueInOrder(LookupCoalescer<Integer, Integer> coalescer, int... keys) throws InterruptedException {
        List<Future<Integer>> waiting = new ArrayList<>();
        int queuedBefore = coalescer.queued();
        for (int key : keys) {
            waiting.add(callers.submit(() -> coalescer.get(key)));
            int expected = queuedBefore + waiting.size();
            waitUntil(() -> coalescer.queued() == expected);
        }
        return waiting;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) throw new AssertionError("gate not opened");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("condition not reached within 10 s");
            Thread.sleep(1);
        }
    }
}
