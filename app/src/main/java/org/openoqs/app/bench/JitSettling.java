package org.openoqs.app.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Tells when the server JVM's JIT has compiled a target's path, so that the measurement sees the code a long-running
 * server runs. Why it is needed: on two vCPUs the single C2 compiler thread competes with dozens of busy request
 * threads and gets a sliver of a core, so under the full measured load a path stays half-compiled for minutes (measured
 * on PostgreSQL: /ping at 8,015/s after 20 s of warm-up, 19,305/s after 30 s; confirmations 2–4× slower than the same
 * workload minutes later). The bench therefore first drives each target at a low concurrency, which leaves the compiler
 * CPU, until the JIT is quiet: less than {@link #QUIET_MILLIS} ms of compilation over the last {@link #WINDOW}, or the
 * cap has passed. The server is this JVM (central, the terminal and the Netty server all run in the bench's process),
 * so its {@link CompilationMXBean} is the one to watch.
 */
final class JitSettling {
    /** The window over which compilation is summed. */
    static final Duration WINDOW = Duration.ofSeconds(5);
    /** Compilation within {@link #WINDOW} below which the JIT counts as settled (2 % of one compiler thread). */
    static final long QUIET_MILLIS = 100;

    private final LongSupplier compileMillis;
    /** (time, total compilation) pairs, oldest first, reaching back just over one window. */
    private final List<long[]> samples = new ArrayList<>();

    JitSettling(LongSupplier compileMillis) {
        this.compileMillis = compileMillis;
    }

    /** Watches this JVM's JIT; null when the JVM does not report compilation time. */
    static JitSettling ofThisJvm() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) return null;
        return new JitSettling(jit::getTotalCompilationTime);
    }

    /** The concurrency to settle at: an eighth of the measured one, at least 1. */
    static int concurrency(int measured) {
        return Math.max(1, measured / 8);
    }

    /**
     * Takes a sample at {@code nowMillis} and answers whether compilation over the last full {@link #WINDOW} stayed
     * below {@link #QUIET_MILLIS}; false until a whole window has been sampled.
     */
    boolean settled(long nowMillis) {
        samples.add(new long[] {nowMillis, compileMillis.getAsLong()});
        while (samples.size() > 2 && nowMillis - samples.get(1)[0] >= WINDOW.toMillis()) samples.remove(0);
        return nowMillis - samples.get(0)[0] >= WINDOW.toMillis() && recentCompileMillis() < QUIET_MILLIS;
    }

    /** Forgets the samples: the next window starts afresh (the load paused, so the JIT's quiet says nothing). */
    void restart() {
        samples.clear();
    }

    /** Compilation in ms over the sampled window, for progress lines. */
    long recentCompileMillis() {
        return samples.isEmpty() ? 0 : samples.get(samples.size() - 1)[1] - samples.get(0)[1];
    }
}
