package org.openoqs.app.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openoqs.jpki.VirtualCard;

/**
 * The load generator's card confirmation (照会区分 1): central's two calls, measured apart so the client's RSA signing
 * never competes with the server for the CPUs. Each round fetches one-time challenges (a closed loop over
 * {@code card-challenge}), has the cards sign them ({@link SignedConfirmations}, ~1–2 ms of CPU each, unmeasured, the
 * server idle), and then posts the pre-signed confirmations in a closed loop ({@code card-confirm}) until they are all
 * answered. So every measured confirmation does all of the server's work: challenge consumption, chain, CRL and
 * signature check, link and qualification lookup, consent write and audit append.
 *
 * <p>A challenge is used once, so a round needs as many as it will post. Rounds are sized from the previous round's
 * rate to fill the time left, and repeat until the posting time adds up to the warm-up, then to the measured
 * duration; a result is the rounds' windows merged, over the time spent posting (resp. fetching). A round ends when
 * its last answer is in, so the few idle moments of its tail count against the server, never for it.
 */
final class CardConfirmationLoad {
    /** Extra confirmations over the last round's rate, so a server that speeds up once warm fills the time left. */
    static final double MARGIN = 1.25;
    /** The smallest round, so that the tail of a round is small against its body. */
    static final int MIN_ROUND = 200;
    /** The largest round: bounds one signing pause (~15 s on two cores) and the age of a challenge (they expire at 5 min). */
    static final int MAX_ROUND = 20_000;
    /** A phase that takes longer than this has stalled. */
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

    /** What rounds measured: each call's merged window and the seconds spent on it. */
    record Totals(LoadDriver.Window challenges, double challengeSeconds, LoadDriver.Window confirmations,
                  double confirmationSeconds) {
        static Totals none() {
            return new Totals(LoadDriver.Window.empty(), 0, LoadDriver.Window.empty(), 0);
        }

        double rate() {
            return confirmationSeconds == 0 ? 0 : confirmations.latencies().getTotalCount() / confirmationSeconds;
        }

        Totals plus(LoadDriver.Window c, double cs, LoadDriver.Window f, double fs) {
            return new Totals(challenges.plus(c), challengeSeconds + cs, confirmations.plus(f), confirmationSeconds + fs);
        }
    }

    void run(Duration warmup, Duration duration) throws InterruptedException {
        Totals warm = rounds("warmup", warmup, 0);
        Totals measured = rounds("measure", duration, warm.rate());
        events.result(LoadTarget.CARD_CHALLENGE, measured.challenges(), measured.challengeSeconds(), null);
        events.result(LoadTarget.CARD_CONFIRM, measured.confirmations(), measured.confirmationSeconds(), null);
    }

    /** Confirmations for {@code left} at {@code rate}, with the margin and one more per connection, within bounds. */
    static int roundFor(double rate, Duration left, int connections) {
        double n = Math.ceil(rate * left.toNanos() / 1e9 * MARGIN) + connections;
        return (int) Math.max(MIN_ROUND, Math.min(MAX_ROUND, n));
    }

    /** Rounds until the confirmations were posted for {@code length}. */
    private Totals rounds(String phase, Duration length, double startRate) throws InterruptedException {
        Totals totals = Totals.none();
        double rate = startRate;
        long left = length.toNanos();
        while (left > 0) {
            int size = roundFor(rate, Duration.ofNanos(left), connections);
            ConcurrentLinkedQueue<String> challenges = new ConcurrentLinkedQueue<>();
            long fetchStarted = System.nanoTime();
            LoadDriver.Window fetched = closedLoop(LoadTarget.CARD_CHALLENGE,
                    new PreparedRequests(Collections.nCopies(size, LoadTarget.CARD_CHALLENGE.fixedBody())), challenges,
                    "challenge", PHASE_LIMIT);
            double fetchSeconds = (System.nanoTime() - fetchStarted) / 1e9;
            if (challenges.isEmpty()) {
                throw new IllegalStateException("card-challenge: no challenge issued, first error: " + fetched.firstError());
            }
            PreparedRequests confirmations = new PreparedRequests(sign(List.copyOf(challenges)));
            long postStarted = System.nanoTime();
            LoadDriver.Window posted = closedLoop(LoadTarget.CARD_CONFIRM, confirmations, null, phase, Duration.ofNanos(left));
            long postNanos = System.nanoTime() - postStarted;
            totals = totals.plus(fetched, fetchSeconds, posted, postNanos / 1e9);
            left -= postNanos;
            rate = posted.latencies().getTotalCount() / (postNanos / 1e9);
        }
        return totals;
    }

    /** A closed loop over {@code requests} until all are answered or {@code limit} passed; returns its window. */
    private LoadDriver.Window closedLoop(LoadTarget target, PreparedRequests requests,
                                             ConcurrentLinkedQueue<String> correctBodies, String phase, Duration limit)
            throws InterruptedException {
        try (ClosedLoopLoad load = new ClosedLoopLoad(url, target, requests, correctBodies == null ? null : correctBodies::add,
                connections, threads)) {
            load.start();
            events.run(load, phase, limit, load::drained);
            return load.cut();
        }
    }

    /** Signs on every core of the load generator while reporting signatures per second. */
    private List<byte[]> sign(List<String> challenges) throws InterruptedException {
        CompletableFuture<List<byte[]>> signing = CompletableFuture.supplyAsync(() -> signer.sign(challenges));
        long last = signer.signed();
        long lastTime = System.nanoTime();
        while (true) {
            try {
                return signing.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                long now = System.nanoTime();
                long done = signer.signed();
                events.progress("sign", (done - last) / ((now - lastTime) / 1e9));
                last = done;
                lastTime = now;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
