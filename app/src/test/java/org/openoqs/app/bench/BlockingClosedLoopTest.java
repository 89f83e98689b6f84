package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BlockingClosedLoopTest {

    @Test
    void correctExchangesCountTheirUnitsAndTheirOwnLatency() throws Exception {
        try (BlockingClosedLoop loop = new BlockingClosedLoop(r -> new BlockingClosedLoop.Outcome(1_500, null), 2, 100)) {
            loop.start();
            until(() -> loop.completed() >= 1_000);
            LoadDriver.Window w = loop.cut();
            assertThat(w.errors()).isZero();
            assertThat(w.ok()).isEqualTo(w.latencies().getTotalCount() * 100).isPositive();
            assertThat(w.latencies().getValueAtPercentile(50)).isBetween(1_499L, 1_501L);
            assertThat(w.summary(2.0).throughput()).isEqualTo(w.ok() / 2.0);
        }
    }

    @Test
    void wrongAnswersAndExceptionsAreErrorsWithTheFirstOneKept() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        BlockingClosedLoop.Exchange exchange = r -> {
            if (calls.incrementAndGet() % 2 == 0) throw new IllegalStateException("boom");
            return BlockingClosedLoop.Outcome.failed("wrong answer");
        };
        try (BlockingClosedLoop loop = new BlockingClosedLoop(exchange, 1, 10)) {
            loop.start();
            until(() -> loop.completed() >= 40);
            LoadDriver.Window w = loop.cut();
            assertThat(w.ok()).isZero();
            assertThat(w.latencies().getTotalCount()).isZero();
            assertThat(w.errors()).isGreaterThanOrEqualTo(40).isEqualTo(w.errors() / 10 * 10);
            assertThat(w.firstError()).isEqualTo("wrong answer");
        }
    }

    @Test
    void aCutWaitsForTheExchangeInFlightSoNoneIsLost() throws Exception {
        AtomicBoolean inFlight = new AtomicBoolean();
        BlockingClosedLoop.Exchange slow = r -> {
            inFlight.set(true);
            Thread.sleep(300);
            inFlight.set(false);
            return new BlockingClosedLoop.Outcome(300_000, null);
        };
        try (BlockingClosedLoop loop = new BlockingClosedLoop(slow, 1, 1)) {
            loop.start();
            until(inFlight::get);
            LoadDriver.Window w = loop.cut();
            assertThat(w.ok()).isEqualTo(loop.completed()).isPositive(); // the one in flight at the cut is in this window
        }
    }

    static void until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("condition not met within 10 s");
            Thread.sleep(10);
        }
    }
}
