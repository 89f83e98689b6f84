package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScalingScenarioTest {
    @Test
    void aPopulationAlreadyLoadedIsMeasuredFirstSoItIsNotLoadedTwice() {
        assertThat(ScalingScenario.order(List.of(100_000L, 10_000_000L), 10_000_000L)).containsExactly(10_000_000L, 100_000L);
    }

    @Test
    void otherwiseTheGivenOrderWithoutRepeats() {
        assertThat(ScalingScenario.order(List.of(100_000L, 10_000_000L, 100_000L), 0)).containsExactly(100_000L, 10_000_000L);
        assertThat(ScalingScenario.order(List.of(100_000L, 10_000_000L), 5_000L)).containsExactly(100_000L, 10_000_000L);
    }

    @Test
    void itRunsOnStoresOfItsOwn() {
        assertThat(new ScalingScenario().needsPopulation()).isFalse();
        assertThat(new ScalingScenario().name()).isEqualTo("scaling");
    }
}
