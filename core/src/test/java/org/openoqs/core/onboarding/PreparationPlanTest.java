package org.openoqs.core.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PreparationPlanTest {
    private static final LocalDate START = LocalDate.of(2027, 1, 6);

    @Test
    void anyLateCountsOnlyOpenStepsPastTheirDay() {
        assertThat(plan(step(PreparationStep.VENDOR_ORDER, StepStatus.DONE_LATE),
                step(PreparationStep.DEVICE_SETUP, StepStatus.DUE_SOON)).anyLate()).isFalse();
        assertThat(plan(step(PreparationStep.VENDOR_ORDER, StepStatus.DONE),
                step(PreparationStep.DEVICE_SETUP, StepStatus.LATE)).anyLate()).isTrue();
    }

    @Test
    void findsAStep() {
        PreparationPlan plan = plan(step(PreparationStep.VENDOR_ORDER, StepStatus.DONE));
        assertThat(plan.step(PreparationStep.VENDOR_ORDER).status()).isEqualTo(StepStatus.DONE);
        assertThatThrownBy(() -> plan.step(PreparationStep.OPERATION_TEST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OPERATION_TEST");
    }

    @Test
    void stepsCannotBeChangedAfterwards() {
        List<PlannedStep> steps = new ArrayList<>(List.of(step(PreparationStep.VENDOR_ORDER, StepStatus.DONE)));
        PreparationPlan plan = new PreparationPlan(START, START.minusDays(7), START.minusDays(30), steps);
        steps.clear();
        assertThat(plan.steps()).hasSize(1);
        assertThatThrownBy(() -> plan.steps().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static PreparationPlan plan(PlannedStep... steps) {
        return new PreparationPlan(START, START.minusDays(7), START.minusDays(30), List.of(steps));
    }

    private static PlannedStep step(PreparationStep step, StepStatus status) {
        return new PlannedStep(step, Optional.empty(), Optional.of(START), Optional.empty(), status, "rule");
    }
}
