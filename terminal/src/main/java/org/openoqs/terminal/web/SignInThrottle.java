package org.openoqs.terminal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Locks a user id for a while after repeated failed sign-ins, against password guessing at a terminal that staff leave
 * signed out. Unknown user ids are counted the same way, so the lock says nothing about which ids exist. Failures are
 * counted per id (case-insensitively) and forgotten after a successful sign-in or when the lock has passed. The table
 * is bounded so that guessing many ids cannot exhaust memory. Thread-safe.
 */
public final class SignInThrottle {

    static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant lockedUntil, Instant last) {
    }

    private final int maxFailures;
    private final Duration lockDuration;
    private final Clock clock;
    private final Map<String, Failures> failures = new HashMap<>();

    public SignInThrottle(int maxFailures, Duration lockDuration, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
        this.clock = clock;
    }

    /** Until when {@code userId} is locked, if it is. */
    public synchronized Optional<Instant> lockedUntil(String userId) {
        Failures f = failures.get(key(userId));
        Instant now = clock.instant();
        if (f == null || f.lockedUntil() == null) {
            return Optional.empty();
        }
        if (!now.isBefore(f.lockedUntil())) {
            failures.remove(key(userId));
            return Optional.empty();
        }
        return Optional.of(f.lockedUntil());
    }

    public synchronized void failed(String userId) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED) {
            forgetStale(now);
        }
        Failures before = failures.get(key(userId));
        int count = before == null ? 1 : before.count() + 1;
        Instant lockedUntil = count >= maxFailures ? now.plus(lockDuration) : null;
        failures.put(key(userId), new Failures(count, lockedUntil, now));
    }

    public synchronized void succeeded(String userId) {
        failures.remove(key(userId));
    }

    private void forgetStale(Instant now) {
        failures.values().removeIf(f -> f.lockedUntil() == null ? f.last().plus(lockDuration).isBefore(now)
                : f.lockedUntil().isBefore(now));
        if (failures.size() >= MAX_TRACKED) {
            failures.clear(); // under a flood, forgetting beats refusing every real user
        }
    }

    private static String key(String userId) {
        return userId == null ? "" : userId.toLowerCase(Locale.ROOT);
    }
}
