package org.openoqs.app.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Scenario 6: keyed confirmation (JSON) p50 at each size of {@code --scaling-persons}, each on a central and store of
 * its own, under the same closed-loop load from the separate load generator as scenario 1, with keys drawn uniformly
 * from that population (up to {@code --sample}) after priming central's cache ({@link CachePriming}): at 100,000
 * persons every key then hits the cache, at 10,000,000 about a fifth of a million-key sample does, as in a long-running
 * server. A population already loaded by the intake scenario is measured first and not loaded again. Results come out
 * smallest population first, so the report's ratio is largest ÷ smallest.
 */
public final class ScalingScenario implements BenchScenario {
    public static final String NAME = "scaling";
    private static final long KEY_SEED = 1;

    @Override
    public String name() { return NAME; }

    @Override
    public boolean needsPopulation() { return false; }

    @Override
    public List<BenchResult> run(BenchContext ctx) throws Exception {
        List<BenchResult> results = new ArrayList<>();
        List<Long> sizes = order(ctx.scalingPersons(), ctx.fresh().loaded());
        for (long persons : sizes) results.add(measure(ctx, ctx.fresh().load(persons)));
        return sortedBySize(results, sizes);
    }

    /** The sizes to measure, the population already loaded (if one of them) first, so it is not loaded twice. */
    static List<Long> order(List<Long> sizes, long loaded) {
        List<Long> order = new ArrayList<>(sizes.stream().distinct().toList());
        if (order.remove(Long.valueOf(loaded))) order.add(0, loaded);
        return order;
    }

    private static List<BenchResult> sortedBySize(List<BenchResult> measured, List<Long> sizes) {
        List<Integer> byPersons = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) byPersons.add(i);
        byPersons.sort(Comparator.comparing(sizes::get));
        return byPersons.stream().map(measured::get).toList();
    }

    private static BenchResult measure(BenchContext ctx, FreshPopulations.Population p) throws Exception {
        String target = LoadTarget.CONFIRM_JSON.label() + "@" + SizeLabel.of(p.persons());
        String settled = PopulationSeeder.settle(p.dataSource()); // as after the seeded population
        if (settled != null) ctx.progress().println("bench " + ctx.store() + ": " + target + ": " + settled);
        List<CardKey> keys = PopulationSeeder.sampleKeys(p.dataSource(), ctx.sample(), KEY_SEED);
        ctx.progress().println(String.format(Locale.ROOT, "bench %s: %s: sampled %,d card keys", ctx.store(), target, keys.size()));
        Path keyFile = Files.createTempFile("oqs-bench-scaling-keys-", ".tsv");
        try {
            Files.write(keyFile, keys.stream().map(CardKey::toLine).toList(), StandardCharsets.UTF_8);
            LoadGeneratorProcess.Phases phases = ctx.phases().priming(CachePriming.keys(p.central(), keys.size()));
            LoadGeneratorProcess.Outcome outcome;
            try (Profiler profiler = Profiler.startIf(ctx.jfrDir(), true, ctx.store() + "-" + target)) {
                outcome = LoadGeneratorProcess.run(p.url(), LoadTarget.CONFIRM_JSON, keyFile, ctx.connections(), phases,
                        progress -> ctx.printProgress(target, progress));
                profiler.report(ctx.progress(), outcome.windowStartedAt());
            }
            return ctx.result(NAME, target, outcome);
        } finally {
            Files.deleteIfExists(keyFile);
        }
    }
}
