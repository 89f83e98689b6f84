package org.openoqs.terminal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-04-01T00:00:00Z"));
    final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now.get(); }
    };
    final SignInThrottle throttle = new SignInThrottle(3, Duration.ofMinutes(5), clock);

    @Test
    void locksAfterTheThirdFailureUntilTheDurationPassed() {
        throttle.failed("Admin");
        throttle.failed("admin");
        assertThat(throttle.lockedUntil("admin")).isEmpty();
        throttle.failed("ADMIN");
        assertThat(throttle.lockedUntil("admin")).contains(now.get().plus(Duration.ofMinutes(5)));
        now.set(now.get().plus(Duration.ofMinutes(5)));
        assertThat(throttle.lockedUntil("admin")).isEmpty();
        throttle.failed("admin");
        assertThat(throttle.lockedUntil("admin")).as("counting starts over after a lock").isEmpty();
    }

    @Test
    void successForgetsFailuresAndOtherIdsAreIndependent() {
        throttle.failed("admin");
        throttle.failed("admin");
        throttle.succeeded("admin");
        throttle.failed("admin");
        throttle.failed("admin");
        assertThat(throttle.lockedUntil("admin")).isEmpty();
        throttle.failed("nobody");
        throttle.failed("nobody");
        throttle.failed("nobody");
        assertThat(throttle.lockedUntil("nobody")).isPresent();
        assertThat(throttle.lockedUntil("admin")).isEmpty();
    }
}
