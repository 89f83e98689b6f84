package org.openoqs.app.bench;

import java.util.List;

/**
 * One scenario of issue 7 (keyed confirmation, card confirmation, 一括照会, terminal round trip, intake, scaling).
 * The bench prepares each store once (central running, population seeded, key sample drawn) and hands it to every
 * selected scenario in turn; a scenario measures what it needs and returns one result per target it measured.
 */
public interface BenchScenario {
    /** The name {@code --only} selects it by, e.g. {@code keyed}. */
    String name();

    /**
     * Whether it measures the bench's seeded population (the default). Scenarios that load stores of their own
     * ({@link FreshPopulations}) say no: they run after the seeded central has stopped, so they measure alone.
     */
    default boolean needsPopulation() { return true; }

    List<BenchResult> run(BenchContext context) throws Exception;
}
