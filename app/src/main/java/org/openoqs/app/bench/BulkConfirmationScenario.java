package org.openoqs.app.bench;

import java.util.List;

/**
 * Scenario 3: 一括照会 of 10,000 records end to end (target ≤ 2 s). The load generator submits {@code OQSmuquc01req}
 * with 10,000 sampled keys to central's message endpoint, as a terminal forwards it, polls {@code OQSmuquc02req} until
 * the answer is ready and checks every record ({@link BulkConfirmationExchange}); one 一括照会 at a time, again and
 * again over the warm-up and the measured window. The row gives records/s and the whole 一括照会's p50/p99.
 * {@code --smoke} sends 100 records.
 */
public final class BulkConfirmationScenario implements BenchScenario {
    public static final String NAME = "bulk";
    static final int RECORDS = 10_000;
    static final int SMOKE_RECORDS = 100;

    @Override
    public String name() { return NAME; }

    @Override
    public List<BenchResult> run(BenchContext ctx) throws Exception {
        int records = ctx.smoke() ? SMOKE_RECORDS : RECORDS;
        return List.of(ScenarioLoad.measure(ctx, NAME, "bulk-" + records, ctx.centralUrl(), LoadGeneratorCommand.BULK,
                List.of("--records", Integer.toString(records)), 1));
    }
}
