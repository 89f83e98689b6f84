package org.openoqs.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * A closed loop of blocking exchanges on C threads — C receipt computers, each starting its next exchange as soon as
 * the last one is answered. For exchanges that are not one HTTP request: a whole 一括照会 (submit, poll, download) or a
 * terminal round trip (request file in, result file out). A cut waits for the exchanges in flight to finish, so every
 * window holds whole exchanges only and its length covers them: with exchanges of seconds (a 一括照会 of 10,000
 * records) a cut that dropped the one in flight would understate the rate.
 */
final class BlockingClosedLoop implements LoadDriver {
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

    /** One exchange, which times itself: only it knows where the measured span starts and ends. */
    interface Exchange extends AutoCloseable {
        Outcome run(SplittableRandom random) throws Exception;

        @Override
        default void close() throws Exception { }
    }

    /** How long the exchange took (µs) and, when the answer was not correct, what was wrong (null when it was). */
    record Outcome(long micros, String problem) {
        static Outcome between(long startNanos, long endNanos, String problem) {
            return new Outcome((endNanos - startNanos) / 1000, problem);
        }

        static Outcome failed(String problem) {
            return new Outcome(0, problem);
        }
    }

    private final Exchange exchange;
    private final long unitsPerExchange;
    private final List<Thread> threads = new ArrayList<>();
    private final Object lock = new Object();
    // Guarded by lock:
    private boolean running = true;
    private boolean paused;
    private int busy;
    private long completed;
    private Histogram latencies = new Histogram(HIGHEST_MICROS, 3);
    private long ok;
    private long errors;
    private String firstError;

    /** @param unitsPerExchange what one exchange counts as, e.g. the records of one 一括照会 */
    BlockingClosedLoop(Exchange exchange, int concurrency, long unitsPerExchange) {
        if (concurrency < 1) throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
        this.exchange = exchange;
        this.unitsPerExchange = unitsPerExchange;
        for (int i = 0; i < concurrency; i++) {
            SplittableRandom random = new SplittableRandom(i * 7919L + 17);
            Thread t = new Thread(() -> loop(random), "bench-exchange-" + i);
            t.setDaemon(true);
            threads.add(t);
        }
    }

    @Override
    public void start() {
        threads.forEach(Thread::start);
    }

    /** Units (e.g. records) of the exchanges finished so far, so the live rate reads like the table's. */
    @Override
    public long completed() {
        synchronized (lock) {
            return completed;
        }
    }

    @Override
    public Window cut() throws InterruptedException {
        synchronized (lock) {
            paused = true;
            while (busy > 0) lock.wait();
            Window w = new Window(latencies, ok, errors, firstError);
            latencies = new Histogram(HIGHEST_MICROS, 3);
            ok = 0;
            errors = 0;
            firstError = null;
            paused = false;
            lock.notifyAll();
            return w;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            running = false;
            lock.notifyAll();
        }
        for (Thread t : threads) t.interrupt();
        for (Thread t : threads) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            exchange.close();
        } catch (Exception e) {
            System.err.println("bench load: closing the exchange failed: " + e);
        }
    }

    private void loop(SplittableRandom random) {
        while (awaitTurn()) {
            Outcome outcome;
            try {
                outcome = exchange.run(random);
            } catch (InterruptedException e) {
                return; // closing
            } catch (Exception e) {
                outcome = Outcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            record(outcome);
        }
    }

    /** Waits while a cut is in progress; false once closed. Counts this thread busy when it returns true. */
    private boolean awaitTurn() {
        synchronized (lock) {
            while (paused && running) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    return false;
                }
            }
            if (!running) return false;
            busy++;
            return true;
        }
    }

    private void record(Outcome outcome) {
        synchronized (lock) {
            busy--;
            completed += unitsPerExchange;
            String problem = outcome.problem();
            if (problem == null) {
                latencies.recordValue(Math.max(0, Math.min(outcome.micros(), HIGHEST_MICROS)));
                ok += unitsPerExchange;
            } else {
                errors += unitsPerExchange;
                if (firstError == null) firstError = problem;
            }
            lock.notifyAll();
        }
    }
}
