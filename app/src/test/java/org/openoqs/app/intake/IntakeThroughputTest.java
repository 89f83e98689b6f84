package org.openoqs.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.app.central.CentralServer;

/** The intake throughput driver the bench uses: it loads what it generated and measures it (no speed is asserted). */
class IntakeThroughputTest {
    @TempDir Path dir;

    @Test
    void loadsTheGeneratedPopulationIntoAFreshStoreAndReportsRateAndHeap() throws Exception {
        AtomicLong progress = new AtomicLong();
        IntakeThroughput.Result result = IntakeThroughput.run(new CentralServer.Store(dir.resolve("data"), null, null, null),
                300, 7, progress::set);

        assertThat(result.report().accepted()).as(result.report().summary()).isTrue();
        assertThat(result.report().rows()).isGreaterThanOrEqualTo(300);
        assertThat(result.report().inserted()).isEqualTo(result.report().rows());
        assertThat(progress.get()).isEqualTo(result.report().rows());
        assertThat(result.rowsPerSecond()).isPositive();
        assertThat(result.peakHeapBytes()).isPositive();
        assertThat(result.summary()).contains("rows/s", "peak heap");
    }

    @Test
    void sendingTheSameFileAgainFindsEveryRowUnchanged() throws Exception {
        Path csv = dir.resolve("q.csv");
        IntakeThroughput.generate(200, 3, csv);
        try (IntakeThroughput throughput = IntakeThroughput.open(new CentralServer.Store(dir.resolve("data"), null, null, null))) {
            long rows = throughput.measure(csv, n -> { }).report().inserted();
            IntakeThroughput.Result again = throughput.measure(csv, n -> { });
            assertThat(again.report().unchanged()).isEqualTo(rows);
            assertThat(Files.exists(csv)).isTrue();
        }
    }
}
