package org.openoqs.core.fees;

import java.time.YearMonth;
import java.util.List;

/**
 * One month of a series: the average monthly yen (year ÷ 12) under that month's rules, at the card rate and all on
 * paper, which period's rules they are, whether a new period starts in it, and whether it lies beyond the known rules.
 */
public record MonthlyFee(YearMonth month, RulesPeriod period, boolean periodStarts, boolean beyondKnownRules,
                         long atCardRateYen, long allPaperYen, List<String> additions) {
    public MonthlyFee {
        additions = List.copyOf(additions);
    }
}
