package org.openoqs.app.bench;

/**
 * One measured target of one scenario on one store, e.g. store {@code h2}, target {@code confirm-json}.
 *
 * @param loadGeneratorPid       the process that generated the load (never the server's own)
 * @param serverCpuMicrosPerRequest server-side CPU per answered request ({@link ServerCpu}); null when not measured
 */
public record BenchResult(String store, String scenario, String target, LatencySummary summary, long loadGeneratorPid,
                          Double serverCpuMicrosPerRequest) {
    public BenchResult(String store, String scenario, String target, LatencySummary summary, long loadGeneratorPid) {
        this(store, scenario, target, summary, loadGeneratorPid, null);
    }
}
