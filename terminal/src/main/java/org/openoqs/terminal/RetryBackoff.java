package org.openoqs.terminal;

import java.time.Duration;

/**
 * Exponential back-off for retrying an unreachable central: initial, 2×, 4× … capped. Central outages on the closed
 * network are usually short, so the first retries come quickly; the cap keeps a long outage from hammering central.
 *
 * @param initial delay before the first retry
 * @param max longest delay between attempts
 */
public record RetryBackoff(Duration initial, Duration max) {

    public static final RetryBackoff DEFAULT = new RetryBackoff(Duration.ofMillis(500), Duration.ofSeconds(8));

    public RetryBackoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max: " + initial + ", " + max);
        }
    }

    /** The pause after failed attempt number {@code attempt} (0-based). */
    public Duration delayAfter(int attempt) {
        Duration delay = initial;
        for (int i = 0; i < attempt && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
