package org.openoqs.core.medical;

import java.math.BigDecimal;

/** One canonical form per quantity, so {@code 1}, {@code 1.0} and a database's {@code 1.00000} compare equal. */
final class Decimals {
    private Decimals() {}

    static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
