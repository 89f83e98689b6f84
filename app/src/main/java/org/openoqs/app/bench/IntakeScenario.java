package org.openoqs.app.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 5: intake rows per second and peak heap. For each size of {@code --intake-persons}, a central on a store of
 * its own (a new H2 directory, a new PostgreSQL schema) takes the generated population through the real HTTP intake
 * endpoint, timed from the first byte sent to the report ({@link FreshPopulations}). The heap is that of the bench's
 * JVM, which central runs in: its peak live set is what a server heap must hold, stated against this JVM's limit.
 */
public final class IntakeScenario implements BenchScenario {
    public static final String NAME = "intake";

    @Override
    public String name() { return NAME; }

    /** Each size loads a store of its own; the bench's seeded population is not used. */
    @Override
    public boolean needsPopulation() { return false; }

    @Override
    public List<BenchResult> run(BenchContext ctx) throws Exception {
        List<BenchResult> results = new ArrayList<>();
        for (long persons : ctx.intakePersons()) results.add(result(ctx.store(), ctx.fresh().load(persons)));
        return results;
    }

    static BenchResult result(String store, FreshPopulations.Population p) {
        double seconds = Math.max(1e-9, p.elapsed().toNanos() / 1e9);
        LatencySummary rows = new LatencySummary(p.intake().rows(), 0, seconds, 0, 0, 0, 0);
        return new BenchResult(store, NAME, "intake-" + SizeLabel.of(p.persons()), rows, ProcessHandle.current().pid(),
                p.intake());
    }
}
