package org.openoqs.core.fees;

import java.time.LocalDate;
import java.util.List;

/**
 * What a setting earns under the rules of one day (or month): with the eligible patients using a マイナ保険証 at the
 * card rate, and with all of them on paper cards (the leaflet's "全患者が健康保険証を使う場合").
 *
 * @param rulesDate          the day whose rules were used: the requested one, or the last known day when the request
 *                           lies beyond the table ({@link #beyondKnownRules})
 * @param period             the rules period used; null before the first addition (2022-04-01)
 * @param beyondKnownRules   the request lies after the last day the table knows: the figures carry the last known
 *                           rules forward, an assumption the page and CLI show
 * @param assumptions        every premise the figures rest on, in words
 * @param warnings           what could not be counted (points not known, no addition in force, …)
 * @param notSimulated       rows in force that the simulator does not count (在宅)
 */
public record FeeSimulation(FeeSimulationInput input, LocalDate rulesDate, RulesPeriod period, boolean beyondKnownRules,
                            FeeScenario atCardRate, FeeScenario allPaper, List<String> assumptions,
                            List<String> warnings, List<FeeRule> notSimulated) {
    public FeeSimulation {
        assumptions = List.copyOf(assumptions);
        warnings = List.copyOf(warnings);
        notSimulated = List.copyOf(notSimulated);
    }

    public RoundingStep rounding() {
        return input.rounding();
    }
}
