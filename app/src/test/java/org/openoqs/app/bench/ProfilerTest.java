package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Profiler}: the summary covers the measured window only, while the file keeps the whole recording. */
class ProfilerTest {
    static volatile long sink;

    static void burnBeforeTheWindow(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        long x = 1;
        // The time goes to the inner loop, so the sampled top frame is this method, not a JDK one.
        while (System.nanoTime() < end) for (int i = 0; i < 100_000; i++) x = x * 6364136223846793005L + 1442695040888963407L;
        sink = x;
    }

    static void burnInTheWindow(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        long x = 3;
        while (System.nanoTime() < end) for (int i = 0; i < 100_000; i++) x = x * 2862933555777941757L + 3037000493L;
        sink = x;
    }

    @Test
    void theSummaryLeavesOutWhatRanBeforeTheMeasuredWindow(@TempDir Path dir) throws Exception {
        StringWriter text = new StringWriter();
        try (Profiler profiler = Profiler.startIf(dir, true, "h2-test")) {
            burnBeforeTheWindow(700);
            Instant window = Instant.now();
            burnInTheWindow(700);
            profiler.report(new PrintWriter(text, true), window);
        }

        assertThat(text.toString()).contains("in the measured window").contains("burnInTheWindow")
                .doesNotContain("burnBeforeTheWindow");
        assertThat(Files.size(dir.resolve("h2-test.jfr"))).isPositive();
    }

    @Test
    void withoutAWindowTheSummaryTakesEverySample(@TempDir Path dir) throws Exception {
        StringWriter text = new StringWriter();
        try (Profiler profiler = Profiler.startIf(dir, true, "h2-test")) {
            burnBeforeTheWindow(700);
            profiler.report(new PrintWriter(text, true), null);
        }

        assertThat(text.toString()).contains("burnBeforeTheWindow").doesNotContain("in the measured window");
    }

    @Test
    void withoutADirectoryNothingIsRecorded(@TempDir Path dir) throws Exception {
        StringWriter text = new StringWriter();
        try (Profiler profiler = Profiler.startIf(null, true, "h2-test")) {
            profiler.report(new PrintWriter(text, true), Instant.now());
        }

        assertThat(text.toString()).isEmpty();
    }
}
