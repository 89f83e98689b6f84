package org.openoqs.core.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares are kept as fractions (0.424) and shown as percent (42.4%). */
public final class Percent {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {}

    /** 42.4 → 0.424. */
    public static BigDecimal toShare(BigDecimal percent) {
        return percent.divide(HUNDRED);
    }

    /** 0.424 → 42.4 (no trailing zeros). */
    public static BigDecimal ofShare(BigDecimal share) {
        return strip(share.multiply(HUNDRED));
    }

    /** 0.424 → "42.4%", 0.45 → "45%"; at most two decimals. */
    public static String format(BigDecimal share) {
        return strip(share.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP)).toPlainString() + "%";
    }

    private static BigDecimal strip(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
