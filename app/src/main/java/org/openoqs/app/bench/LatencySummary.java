package org.openoqs.app.bench;

import org.HdrHistogram.Histogram;

/**
 * What one timed window of load measured: successful responses per second and their latency percentiles (µs), plus
 * the errors (a non-200 status or a body that is not the expected answer), which are counted, never hidden.
 */
public record LatencySummary(long ok, long errors, double seconds, long p50Micros, long p99Micros, long p999Micros,
                             long maxMicros) {

    /** @param latencies latencies of the successful responses, in microseconds */
    public static LatencySummary of(Histogram latencies, long errors, double seconds) {
        if (seconds <= 0) throw new IllegalArgumentException("the window must last: " + seconds + " s");
        return new LatencySummary(latencies.getTotalCount(), errors, seconds,
                latencies.getValueAtPercentile(50), latencies.getValueAtPercentile(99),
                latencies.getValueAtPercentile(99.9), latencies.getMaxValue());
    }

    public double throughput() {
        return ok / seconds;
    }

    /** The same latencies with {@code ok} counted in other units, e.g. records of a 一括照会 rather than requests. */
    public LatencySummary withOk(long units) {
        return new LatencySummary(units, errors, seconds, p50Micros, p99Micros, p999Micros, maxMicros);
    }
}
