package org.openoqs.app.bench;

/**
 * One measured target of one scenario on one store, e.g. store {@code h2}, target {@code confirm-json}.
 *
 * @param loadGeneratorPid          the process that generated the load (for intake: the bench's own, which sends the file)
 * @param serverCpuMicrosPerRequest server-side CPU per answered request ({@link ServerCpu}); null when not measured
 * @param intake                    what a throughput-type result adds (rows taken in and the server's heap); null for
 *                                  load targets. Its {@code summary} then counts rows as {@code ok} over the intake's
 *                                  seconds, so {@link LatencySummary#throughput()} is rows per second; it has no latencies.
 */
public record BenchResult(String store, String scenario, String target, LatencySummary summary, long loadGeneratorPid,
                          Double serverCpuMicrosPerRequest, Intake intake) {

    public BenchResult(String store, String scenario, String target, LatencySummary summary, long loadGeneratorPid) {
        this(store, scenario, target, summary, loadGeneratorPid, null, null);
    }

    public BenchResult(String store, String scenario, String target, LatencySummary summary, long loadGeneratorPid,
                       Double serverCpuMicrosPerRequest) {
        this(store, scenario, target, summary, loadGeneratorPid, serverCpuMicrosPerRequest, null);
    }

    public BenchResult(String store, String scenario, String target, LatencySummary summary, long loadGeneratorPid,
                       Intake intake) {
        this(store, scenario, target, summary, loadGeneratorPid, null, intake);
    }

    /**
     * One intake: {@code rows} of {@code persons} generated persons, and the heap of the JVM central ran in while it
     * lasted: {@code peakLiveBytes} the largest heap left after a collection (what must fit), {@code maxHeapBytes}
     * that JVM's limit.
     */
    public record Intake(long persons, long rows, long peakLiveBytes, long peakHeapBytes, long maxHeapBytes) {}
}
