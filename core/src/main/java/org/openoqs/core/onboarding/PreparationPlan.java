package org.openoqs.core.onboarding;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The preparation timeline towards one 運用開始日, as seen on {@code today}.
 *
 * @param deviceSetup the 機器受取/設定 day the application deadlines were counted from: the institution's own, or
 *        the planner's placeholder
 * @param steps every {@link PreparationStep}, in the 手引き's order
 */
public record PreparationPlan(LocalDate targetStart, LocalDate deviceSetup, LocalDate today, List<PlannedStep> steps) {
    public PreparationPlan {
        Objects.requireNonNull(targetStart, "targetStart");
        Objects.requireNonNull(deviceSetup, "deviceSetup");
        Objects.requireNonNull(today, "today");
        steps = List.copyOf(steps);
    }

    /**
     * Whether some step is still open past its latest day. A step finished late ({@link StepStatus#DONE_LATE}) does
     * not count: nothing can be done about it any more.
     */
    public boolean anyLate() {
        return steps.stream().anyMatch(s -> s.status() == StepStatus.LATE);
    }

    /** The planned step for {@code step}. */
    public PlannedStep step(PreparationStep step) {
        return steps.stream().filter(s -> s.step() == step).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step " + step + " in this plan"));
    }
}
