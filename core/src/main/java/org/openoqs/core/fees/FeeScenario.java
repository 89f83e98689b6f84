package org.openoqs.core.fees;

import java.math.BigDecimal;
import java.util.List;

/**
 * The earnings of one patient scenario (at the card rate, or all on paper cards) under one period's rules.
 *
 * <p>"Per day" and "per month" describe a month in which every window opens (every line earns), the leaflet's figures;
 * the year adds twelve months in which a k-month line earns once every k months (see {@link WindowAssumption}), and
 * {@link #averageYenPerMonth} is the year over 12 — what the chart plots.
 *
 * @param pointsPerDay rounded per {@link RoundingStep#DAY}, else exact; null for a pharmacy (counted per month)
 * @param yenPerDay    null for a pharmacy
 */
public record FeeScenario(BigDecimal cardRate, List<FeeLine> lines, DxLevelChoice dx, BigDecimal pointsPerDay,
                          BigDecimal pointsPerMonth, Long yenPerDay, long yenPerMonth, long yenPerYear,
                          long averageYenPerMonth) {
    public FeeScenario {
        lines = List.copyOf(lines);
    }
}
