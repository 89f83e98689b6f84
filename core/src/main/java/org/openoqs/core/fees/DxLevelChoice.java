package org.openoqs.core.fees;

import java.math.BigDecimal;

/**
 * Which level of 医療DX推進体制整備加算 an institution reaches in a period, and why.
 *
 * @param rule        the level's row, or null when no level is reached (or none exists)
 * @param threshold   that level's requirements, or null
 * @param usageRate   the マイナ保険証利用率 the choice was made with
 * @param explanation a sentence for the page: the level and the rate against its minimum, or what was missing
 */
public record DxLevelChoice(FeeRule rule, DxUsageThreshold threshold, BigDecimal usageRate, String explanation) {

    /** The period has no 医療DX推進体制整備加算 for the setting. */
    public static DxLevelChoice none(String explanation) {
        return new DxLevelChoice(null, null, null, explanation);
    }

    public boolean reached() {
        return rule != null;
    }

    /** A level was reached but the table does not know its points (Confidence U). */
    public boolean pointsUnknown() {
        return rule != null && !rule.pointsKnown();
    }

    public Integer level() {
        return rule == null ? null : rule.dxLevel();
    }
}
