package org.openoqs.core.onboarding;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a preparation plan.
 *
 * @param earliest the first day the step makes sense, when there is one (e.g. the 運用開始日 cannot be entered
 *        earlier than the month before)
 * @param latest the last day to finish it on time; empty when the planner sets none (補助金申請)
 * @param rule a short Japanese explanation of how the days were worked out, for the person reading the plan
 */
public record PlannedStep(PreparationStep step, Optional<LocalDate> earliest, Optional<LocalDate> latest,
                          Optional<LocalDate> completedOn, StepStatus status, String rule) {
    public PlannedStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rule, "rule");
    }
}
