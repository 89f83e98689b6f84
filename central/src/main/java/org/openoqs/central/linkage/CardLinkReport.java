package org.openoqs.central.linkage;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.openoqs.wire.intake.IntakeError;

/**
 * The answer to a card-link file. {@code accepted} false means the file had format errors ({@code errors}, with line
 * and field) and nothing was processed; otherwise every line has an outcome and held or refused lines are listed.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record CardLinkReport(boolean accepted, int linked, int unchanged, List<CardLinkOutcome> held,
                             List<CardLinkOutcome> refused, List<IntakeError> errors) {

    static CardLinkReport rejected(List<IntakeError> errors) {
        return new CardLinkReport(false, 0, 0, List.of(), List.of(), errors);
    }

    static CardLinkReport of(List<CardLinkOutcome> outcomes) {
        return new CardLinkReport(true, count(outcomes, CardLinkOutcome.LINKED), count(outcomes, CardLinkOutcome.UNCHANGED),
                only(outcomes, CardLinkOutcome.HELD), only(outcomes, CardLinkOutcome.REFUSED), List.of());
    }

    private static int count(List<CardLinkOutcome> outcomes, String status) {
        return (int) outcomes.stream().filter(o -> o.status().equals(status)).count();
    }

    private static List<CardLinkOutcome> only(List<CardLinkOutcome> outcomes, String status) {
        return outcomes.stream().filter(o -> o.status().equals(status)).toList();
    }
}
