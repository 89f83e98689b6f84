package org.openoqs.app.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 1: keyed confirmation (照会区分 2) as JSON and as an {@code XmlMsg} file, measured against the raw Netty
 * server and central's bare {@code /ping} in the same run, so the result is also a share of the machine's ceiling.
 * The ceilings go first, so the confirmation targets run on a JIT-warm server like the ceilings do. Each confirmation
 * target first primes central's cache ({@link CachePriming}), so its window sees the steady state.
 */
public final class KeyedConfirmationScenario implements BenchScenario {
    public static final String NAME = "keyed";
    /** In the order measured. */
    static final List<LoadTarget> TARGETS = List.of(LoadTarget.NETTY, LoadTarget.PING, LoadTarget.CONFIRM_JSON,
            LoadTarget.CONFIRM_XML);

    @Override
    public String name() { return NAME; }

    @Override
    public List<BenchResult> run(BenchContext ctx) throws Exception {
        List<BenchResult> results = new ArrayList<>();
        for (LoadTarget target : TARGETS) {
            String url = target == LoadTarget.NETTY ? ctx.nettyUrl() : ctx.centralUrl();
            Path keys = target.needsKeys() ? ctx.keyFile() : null;
            LoadGeneratorProcess.Outcome outcome;
            try (Profiler profiler = Profiler.startIf(ctx.jfrDir(), target == LoadTarget.CONFIRM_JSON,
                    ctx.store() + "-" + target.label())) {
                LoadGeneratorProcess.Phases phases = keys == null ? ctx.phases()
                        : ctx.phases().priming(CachePriming.keys(ctx.central(), ctx.keys().size()));
                outcome = LoadGeneratorProcess.run(url, target, keys, ctx.connections(), phases,
                        p -> ctx.printProgress(target, p));
                profiler.report(ctx.progress(), outcome.windowStartedAt());
            }
            results.add(ctx.result(NAME, outcome));
        }
        return results;
    }
}
