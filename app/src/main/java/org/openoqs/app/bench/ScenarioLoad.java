package org.openoqs.app.bench;

import java.util.List;
import java.util.Locale;

/** Runs one target in the load generator for a scenario, with the live rate and the first error on stderr. */
final class ScenarioLoad {
    private ScenarioLoad() {}

    /**
     * @param label       the target's name in the table, e.g. {@code bulk-10000}
     * @param target      the load generator's --target
     * @param options     that target's own options
     * @param concurrency exchanges in flight at once
     */
    static BenchResult measure(BenchContext ctx, String scenario, String label, String url, String target,
                               List<String> options, int concurrency) throws Exception {
        LoadGeneratorProcess.Outcome outcome;
        try (Profiler profiler = Profiler.startIf(ctx.jfrDir(), true, ctx.store() + "-" + label)) {
            outcome = LoadGeneratorProcess.run(url, target, options, ctx.keyFile(), concurrency,
                    ctx.warmup(), ctx.duration(), p -> ctx.progress().println(String.format(Locale.ROOT, "bench %s: %s %s %,.1f/s",
                            ctx.store(), label, p.phase().equals("warmup") ? "warming up" : "measuring", p.rate())));
            profiler.report(ctx.progress());
        }
        if (outcome.firstError() != null) {
            ctx.progress().println("bench " + ctx.store() + ": " + label + " errors: " + outcome.summary().errors()
                    + ", first: " + outcome.firstError());
        }
        return new BenchResult(ctx.store(), scenario, label, outcome.summary(), outcome.pid(),
                outcome.serverCpuMicrosPerRequest());
    }
}
