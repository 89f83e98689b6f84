package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {
    @Test
    void percentilesAndThroughputComeFromTheHistogram() {
        Histogram h = new Histogram(60_000_000L, 3);
        for (int i = 1; i <= 1000; i++) h.recordValue(i * 10L); // 10 µs … 10 ms
        LatencySummary s = LatencySummary.of(h, 3, 2.0);
        assertThat(s.ok()).isEqualTo(1000);
        assertThat(s.errors()).isEqualTo(3);
        assertThat(s.throughput()).isEqualTo(500.0);
        assertThat((double) s.p50Micros()).isCloseTo(5_000, within(10.0));
        assertThat((double) s.p99Micros()).isCloseTo(9_900, within(10.0));
        assertThat((double) s.p999Micros()).isCloseTo(9_990, within(10.0));
        assertThat((double) s.maxMicros()).isCloseTo(10_000, within(10.0));
    }

    @Test
    void aWindowWithoutLengthIsRefused() {
        assertThatThrownBy(() -> LatencySummary.of(new Histogram(3), 0, 0)).hasMessageContaining("must last");
    }
}
