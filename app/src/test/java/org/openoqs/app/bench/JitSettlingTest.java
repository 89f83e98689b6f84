package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class JitSettlingTest {
    private final AtomicLong compiled = new AtomicLong();
    private final JitSettling jit = new JitSettling(compiled::get);

    @Test
    void notSettledBeforeAWholeWindowWasWatched() {
        assertThat(jit.settled(0)).isFalse();
        assertThat(jit.settled(4_999)).isFalse();
        assertThat(jit.settled(5_000)).isTrue();
    }

    @Test
    void settlesOnlyOnceTheLastWindowCompiledLittle() {
        for (long t = 0; t <= 10_000; t += 1_000) {
            compiled.addAndGet(400); // the JIT busy: 2 s of compilation per 5 s
            assertThat(jit.settled(t)).isFalse();
        }
        assertThat(jit.recentCompileMillis()).isGreaterThanOrEqualTo(2_000);
        for (long t = 11_000; t < 15_000; t += 1_000) {
            compiled.addAndGet(10);
            assertThat(jit.settled(t)).as("a window still reaching into the busy time at %d", t).isFalse();
        }
        compiled.addAndGet(10);
        assertThat(jit.settled(16_000)).isTrue();
        assertThat(jit.recentCompileMillis()).isLessThan(JitSettling.QUIET_MILLIS);
    }

    @Test
    void aBurstOfCompilationUnsettlesItAgain() {
        for (long t = 0; t <= 6_000; t += 1_000) jit.settled(t);
        assertThat(jit.settled(7_000)).isTrue();
        compiled.addAndGet(JitSettling.QUIET_MILLIS);
        assertThat(jit.settled(8_000)).isFalse();
    }

    @Test
    void aRestartForgetsTheQuietTimeBefore() {
        for (long t = 0; t <= 6_000; t += 1_000) jit.settled(t);
        jit.restart();
        assertThat(jit.settled(7_000)).isFalse();
        assertThat(jit.settled(11_999)).isFalse();
        assertThat(jit.settled(12_000)).isTrue();
    }

    @Test
    void settlesAtAnEighthOfTheMeasuredConcurrency() {
        assertThat(JitSettling.concurrency(32)).isEqualTo(4);
        assertThat(JitSettling.concurrency(4)).isEqualTo(1);
        assertThat(JitSettling.ofThisJvm()).isNotNull();
    }
}
