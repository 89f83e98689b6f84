package org.openoqs.app.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.openoqs.jpki.VirtualCard;

/**
 * The load generator's card confirmation (照会区分 1): central's two calls, measured apart so the client's RSA signing
 * never competes with the server for the CPUs. For every confirmation the load generator first fetches a one-time
 * challenge (the closed loop of {@code card-challenge}), then a card signs it ({@link SignedConfirmations}, ~1–2 ms of
 * CPU each, unmeasured), and only then does the closed loop of {@code card-confirm} post the pre-signed confirmations,
 * so each measured request does all of the server's work: challenge consumption, chain, CRL and signature check, link
 * and qualification lookup, consent write and audit append.
 *
 * <p>A challenge is used once, so a window needs as many as it will send. The warm-up runs in rounds (fetch, sign,
 * post) until it has posted for the warm-up time; the last round's rate, with a margin, sizes the measured batch.
 * Should the batch still run out, the window ends there and the result says so — it never idles on.
 */
final class CardConfirmationLoad {
    /** Extra challenges over the warm-up rate, for a server that speeds up once warm. */
    static final double MARGIN = 1.5;
    /** The smallest warm-up round, so that the first rate is not a handful of requests. */
    static final int MIN_ROUND = 200;
    /** Most confirmations prepared for one window: bounds the signing time and the challenge table. */
    static final int MAX_PREPARED = 500_000;
    /** A phase that takes longer than this has stalled (challenges would expire anyway at 5 minutes). */
    private static final Duration PHASE_LIMIT = Duration.ofMinutes(4);

    private final URI url;
    private final SignedConfirmations signer;
    private final int connections;
    private final int threads;
    private final LoadEvents events;

    CardConfirmationLoad(URI url, List<VirtualCard> cards, int connections, int threads, LoadEvents events) {
        if (cards.isEmpty()) throw new IllegalArgumentException("card-confirm needs at least one virtual card in --cards");
        this.url = url;
        this.signer = new SignedConfirmations(cards);
        this.connections = connections;
        this.threads = threads;
        this.events = events;
    }

    void run(Duration warmup, Duration duration) throws InterruptedException {
        double rate = warmUp(warmup);
        int needed = batchFor(rate, duration, connections);
        PreparedRequests prepared = prepare(needed, true);
        try (ClosedLoopLoad load = new ClosedLoopLoad(url, LoadTarget.CARD_CONFIRM, prepared, connections, threads)) {
            long started = System.nanoTime();
            load.start();
            long ended = events.run(load, "measure", duration, prepared::exhausted);
            ClosedLoopLoad.Window window = load.cut();
            double seconds = (ended - started) / 1e9;
            String note = prepared.exhausted() ? String.format(Locale.ROOT,
                    "ran out of prepared confirmations (%,d, sized from a warm-up rate of %,.0f/s) after %.1f s of the "
                            + "%.1f s window; measured over %.1f s", prepared.size(), rate, seconds,
                    duration.toNanos() / 1e9, seconds) : null;
            events.result(LoadTarget.CARD_CONFIRM, window, seconds, note);
        }
    }

    /** Confirmations to prepare for {@code duration} at {@code rate}, with the margin and one per connection more. */
    static int batchFor(double rate, Duration duration, int connections) {
        double n = Math.ceil(rate * duration.toNanos() / 1e9 * MARGIN) + connections;
        return (int) Math.max(MIN_ROUND, Math.min(MAX_PREPARED, n));
    }

    /** Rounds of fetch, sign and post until the posting took {@code warmup}; returns the last round's rate. */
    private double warmUp(Duration warmup) throws InterruptedException {
        long left = warmup.toNanos();
        int round = Math.max(MIN_ROUND, connections * 20);
        double rate = 0;
        while (left > 0) {
            PreparedRequests prepared = prepare(round, false);
            try (ClosedLoopLoad load = new ClosedLoopLoad(url, LoadTarget.CARD_CONFIRM, prepared, connections, threads)) {
                long started = System.nanoTime();
                load.start();
                long ended = events.run(load, "warmup", Duration.ofNanos(left), prepared::exhausted);
                ClosedLoopLoad.Window window = load.cut();
                if (window.errors() > 0) {
                    throw new IllegalStateException("card-confirm failed while warming up (" + window.errors()
                            + " errors), first: " + window.firstError());
                }
                left -= ended - started;
                rate = window.latencies().getTotalCount() / Math.max(1e-3, (ended - started) / 1e9);
            }
            round = batchFor(rate, Duration.ofNanos(Math.max(0, left)), connections);
        }
        return rate;
    }

    /**
     * Fetches {@code count} challenges (a closed loop over the challenge endpoint, reported as {@code card-challenge}
     * when {@code measured}) and has the cards sign them.
     */
    private PreparedRequests prepare(int count, boolean measured) throws InterruptedException {
        ConcurrentLinkedQueue<String> challenges = new ConcurrentLinkedQueue<>();
        PreparedRequests requests = new PreparedRequests(Collections.nCopies(count, LoadTarget.CARD_CHALLENGE.fixedBody()));
        try (ClosedLoopLoad load = new ClosedLoopLoad(url, LoadTarget.CARD_CHALLENGE, requests, challenges::add,
                connections, threads)) {
            long started = System.nanoTime();
            load.start();
            long ended = events.run(load, "challenge", PHASE_LIMIT, load::drained);
            ClosedLoopLoad.Window window = load.cut();
            if (measured) events.result(LoadTarget.CARD_CHALLENGE, window, (ended - started) / 1e9, null);
            if (window.errors() > 0 && challenges.isEmpty()) {
                throw new IllegalStateException("card-challenge: no challenge issued, first error: " + window.firstError());
            }
        }
        return new PreparedRequests(sign(List.copyOf(challenges)));
    }

    /** Signs on every core of the load generator while reporting signatures per second. */
    private List<byte[]> sign(List<String> challenges) throws InterruptedException {
        var signing = java.util.concurrent.CompletableFuture.supplyAsync(() -> signer.sign(challenges));
        long last = 0;
        long lastTime = System.nanoTime();
        while (true) {
            try {
                return signing.get(1, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                long now = System.nanoTime();
                long done = signer.signed();
                events.progress("sign", (done - last) / ((now - lastTime) / 1e9));
                last = done;
                lastTime = now;
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
