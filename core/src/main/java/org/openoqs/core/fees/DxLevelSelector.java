package org.openoqs.core.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the 医療DX推進体制整備加算 level an institution reaches: the lowest-numbered level (加算1 is the top) of the
 * setting in force whose requirements it meets — usage rate at or above the minimum, the 電子処方箋 set-up and the
 * マイナポータル consultation where required. Going by level number rather than points keeps the choice defined when
 * a level's points are not known (歯科 加算4–6 from 2025-04, [U]).
 */
final class DxLevelSelector {
    private final FeeRuleTable table;

    DxLevelSelector(FeeRuleTable table) {
        this.table = table;
    }

    DxLevelChoice choose(List<FeeRule> rulesInForce, LocalDate day, DxFacts facts, BigDecimal usageRate) {
        List<FeeRule> levels = rulesInForce.stream().filter(FeeRule::isDxLevel)
                .sorted(Comparator.comparing(FeeRule::dxLevel)).toList();
        if (levels.isEmpty()) return DxLevelChoice.none("この時期の医療DX推進体制整備加算はありません");
        if (!facts.filed()) return DxLevelChoice.none("医療DX推進体制整備加算は届出なしとして計算していません");
        List<String> refusals = new ArrayList<>();
        for (FeeRule level : levels) {
            DxUsageThreshold threshold = table.threshold(level.dxLevel(), day).orElseThrow();
            List<String> shortfalls = threshold.shortfalls(facts, usageRate);
            if (shortfalls.isEmpty()) return new DxLevelChoice(level, threshold, usageRate, reached(level, threshold, facts, usageRate));
            refusals.add(level.label() + "（" + String.join("、", shortfalls) + "）");
        }
        return new DxLevelChoice(null, null, usageRate, "どの区分の要件も満たしません: " + String.join("; ", refusals));
    }

    private static String reached(FeeRule level, DxUsageThreshold threshold, DxFacts facts, BigDecimal usageRate) {
        String rate = "利用率 " + Percent.format(usageRate) + " ≥ " + Percent.format(threshold.minimumFor(facts.pediatric()));
        String points = level.pointsKnown() ? level.points() + "点" : "点数不明";
        return level.displayName() + "（" + points + "）: " + rate;
    }
}
