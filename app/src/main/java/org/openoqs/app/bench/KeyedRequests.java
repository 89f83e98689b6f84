package org.openoqs.app.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keyed confirmation bodies: first each of the first {@code prime} keys once, in order, then keys drawn uniformly at
 * random. The ordered pass brings the server's confirmation cache to the state a long-running server is in before the
 * timed window starts. Why it is needed: with uniform keys, {@code n} random requests leave about {@code e^(−n/keys)}
 * of the keys never asked for — after a 10 s warm-up at 100,000 persons about a fifth, which then miss the cache in
 * the measured window and make a small population look slower than it is in steady state. Thread-safe, cheap.
 */
final class KeyedRequests implements RequestSource {
    private final LoadTarget target;
    private final List<CardKey> keys;
    private final int prime;
    private final AtomicInteger primed = new AtomicInteger();

    /** @param prime how many keys (from the start of {@code keys}) to send once each first; capped at the keys there are */
    KeyedRequests(LoadTarget target, List<CardKey> keys, int prime) {
        if (keys.isEmpty()) throw new IllegalArgumentException(target.label() + " needs card keys");
        if (prime < 0) throw new IllegalArgumentException("keys to prime must not be negative: " + prime);
        this.target = target;
        this.keys = List.copyOf(keys);
        this.prime = Math.min(prime, keys.size());
    }

    @Override
    public byte[] next(SplittableRandom random) {
        if (primed.get() < prime) {
            int i = primed.getAndIncrement();
            if (i < prime) return target.body(keys.get(i));
        }
        return target.body(keys.get(random.nextInt(keys.size())));
    }

    /** How many keys the ordered pass sends. */
    int prime() { return prime; }

    /** How many keys of the ordered pass have been handed out. */
    int sent() { return Math.min(primed.get(), prime); }

    /** Whether every key of the ordered pass has been handed out (the last few may still be in flight). */
    boolean primed() { return primed.get() >= prime; }
}
