package org.openoqs.app.bench;

import java.util.List;

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
            outcome = LoadGeneratorProcess.run(url, target, options, ctx.keyFile(), concurrency, ctx.phases(),
                    p -> ctx.printProgress(label, p));
            profiler.report(ctx.progress(), outcome.windowStartedAt());
        }
        return ctx.result(scenario, label, outcome);
    }
}
