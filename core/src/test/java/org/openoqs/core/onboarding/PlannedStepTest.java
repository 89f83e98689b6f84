package org.openoqs.core.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlannedStepTest {

    @Test
    void holdsItsParts() {
        PlannedStep step = new PlannedStep(PreparationStep.SUBSIDY_APPLICATION, Optional.of(LocalDate.of(2027, 1, 6)),
                Optional.empty(), Optional.empty(), StepStatus.OPEN, "導入完了後");
        assertThat(step.latest()).isEmpty();
        assertThat(step.earliest()).contains(LocalDate.of(2027, 1, 6));
    }

    @Test
    void optionalsAreNeverNull() {
        assertThatThrownBy(() -> new PlannedStep(PreparationStep.VENDOR_ORDER, Optional.empty(), null,
                Optional.empty(), StepStatus.OPEN, "rule")).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("latest");
        assertThatThrownBy(() -> new PlannedStep(PreparationStep.VENDOR_ORDER, Optional.empty(), Optional.empty(),
                Optional.empty(), null, "rule")).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("status");
    }
}
