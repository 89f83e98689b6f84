package org.openoqs.app.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Request bodies made ahead, each sent once and in order (e.g. card confirmations over one-time challenges). When
 * they run out the source says so and remembers when, so a measured window can end there instead of counting idle
 * connections as a slow server.
 */
final class PreparedRequests implements RequestSource {
    private final List<byte[]> bodies;
    private final AtomicInteger next = new AtomicInteger();
    private volatile long exhaustedAtNanos;

    PreparedRequests(List<byte[]> bodies) {
        this.bodies = List.copyOf(bodies);
    }

    @Override
    public byte[] next(SplittableRandom random) {
        int i = next.getAndIncrement();
        if (i < bodies.size()) return bodies.get(i);
        if (exhaustedAtNanos == 0) exhaustedAtNanos = System.nanoTime();
        return null;
    }

    int size() { return bodies.size(); }

    /** Bodies handed out so far. */
    int used() { return Math.min(next.get(), bodies.size()); }

    boolean exhausted() { return exhaustedAtNanos != 0; }

    /** {@link System#nanoTime()} when a connection first found none left; 0 while some are left. */
    long exhaustedAtNanos() { return exhaustedAtNanos; }
}
