package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IntakeScenarioTest {
    @Test
    void aResultCountsRowsOverTheIntakesSecondsAndKeepsTheHeap() {
        var intake = new BenchResult.Intake(1_000_000, 1_028_472, 333L << 20, 600L << 20, 2048L << 20);
        var population = new FreshPopulations.Population(1_000_000, "http://127.0.0.1:1", null, intake, Duration.ofSeconds(10));

        BenchResult r = IntakeScenario.result("postgres", population);

        assertThat(r.store()).isEqualTo("postgres");
        assertThat(r.scenario()).isEqualTo("intake");
        assertThat(r.target()).isEqualTo("intake-1m");
        assertThat(r.summary().throughput()).isEqualTo(102_847.2);
        assertThat(r.summary().errors()).isZero();
        assertThat(r.intake()).isEqualTo(intake);
        assertThat(new IntakeScenario().needsPopulation()).isFalse();
    }
}
