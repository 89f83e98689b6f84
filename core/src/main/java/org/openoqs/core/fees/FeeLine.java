package org.openoqs.core.fees;

import java.math.BigDecimal;

/**
 * One addition that applies in a simulation: its row, how many eligible patients earn it per counting unit (per 診療日
 * for a clinic, per month for a pharmacy) after the card-rate share, and the expected points per unit in a month when
 * its window opens (points × patients, not yet rounded).
 */
public record FeeLine(FeeRule rule, BigDecimal patientsPerUnit, BigDecimal pointsPerUnit) {

    public String ruleId() {
        return rule.ruleId();
    }

    public String name() {
        return rule.displayName();
    }

    public int points() {
        return rule.points();
    }

    public int windowMonths() {
        return rule.windowMonths();
    }
}
