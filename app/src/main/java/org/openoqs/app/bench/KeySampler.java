package org.openoqs.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A uniform sample of fixed size from a stream of unknown length (reservoir sampling, Vitter's algorithm R): every
 * key offered has the same chance to be kept, wherever it sits in the table, so the load spreads over the whole
 * population instead of a prefix that the cache would make hot. Seeded, so a run is repeatable.
 */
public final class KeySampler<T> {
    private final int size;
    private final SplittableRandom random;
    private final List<T> reservoir;
    private long seen;

    public KeySampler(int size, long seed) {
        if (size < 1) throw new IllegalArgumentException("sample size must be at least 1: " + size);
        this.size = size;
        this.random = new SplittableRandom(seed);
        this.reservoir = new ArrayList<>(Math.min(size, 1 << 20));
    }

    public void offer(T item) {
        seen++;
        if (reservoir.size() < size) {
            reservoir.add(item);
            return;
        }
        long slot = random.nextLong(seen);
        if (slot < size) reservoir.set((int) slot, item);
    }

    /** How many items were offered. */
    public long seen() { return seen; }

    public List<T> sample() { return List.copyOf(reservoir); }
}
