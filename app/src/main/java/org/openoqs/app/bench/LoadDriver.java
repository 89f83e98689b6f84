package org.openoqs.app.bench;

import org.HdrHistogram.Histogram;

/**
 * What the load generator drives in a closed loop: HTTP requests on keep-alive connections ({@link ClosedLoopLoad}) or
 * blocking exchanges such as a whole 一括照会 or a terminal round trip ({@link BlockingClosedLoop}). The load generator
 * starts it, cuts the warm-up window away, lets it run for the measured window and cuts that.
 */
interface LoadDriver extends AutoCloseable {

    /** Starts the loop; fails if the other side cannot be reached at all. */
    void start() throws Exception;

    /** Exchanges finished so far (correct or not), for the live rate. */
    long completed();

    /** Ends the current window and returns what it measured. */
    Window cut() throws InterruptedException;

    @Override
    void close();

    /**
     * One window: latencies of the correct exchanges (µs), how many units they carried ({@code ok}, e.g. records of a
     * 一括照会; one per request otherwise), the units of wrong or failed ones, and the first error seen.
     */
    record Window(Histogram latencies, long ok, long errors, String firstError) {
        LatencySummary summary(double seconds) {
            return LatencySummary.of(latencies, errors, seconds).withOk(ok);
        }

        static Window empty() {
            return new Window(new Histogram(ClosedLoopLoad.HIGHEST_MICROS, 3), 0, 0, null);
        }

        /** This window and {@code later} as one (e.g. the rounds of a measurement). */
        Window plus(Window later) {
            Histogram both = latencies.copy();
            both.add(later.latencies());
            return new Window(both, ok + later.ok(), errors + later.errors(), firstError != null ? firstError : later.firstError());
        }
    }
}
