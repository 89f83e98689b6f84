package org.openoqs.app.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scenario 1: keyed confirmation (照会区分 2) as JSON and as an {@code XmlMsg} file, measured against the raw Netty
 * server and central's bare {@code /ping} in the same run, so the result is also a share of the machine's ceiling.
 * The ceilings go first, so the confirmation targets run on a JIT-warm server like the ceilings do.
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
                outcome = LoadGeneratorProcess.run(url, target, keys, ctx.connections(), ctx.warmup(), ctx.duration(),
                        p -> ctx.progress().println(String.format(Locale.ROOT, "bench %s: %s %s %,.0f/s",
                                ctx.store(), target.label(), p.phase().equals("warmup") ? "warming up" : "measuring", p.rate())));
                profiler.report(ctx.progress());
            }
            if (outcome.firstError() != null) {
                ctx.progress().println("bench " + ctx.store() + ": " + target.label() + " errors: "
                        + outcome.summary().errors() + ", first: " + outcome.firstError());
            }
            results.add(new BenchResult(ctx.store(), NAME, target.label(), outcome.summary(), outcome.pid(),
                    outcome.serverCpuMicrosPerRequest()));
        }
        return results;
    }
}
