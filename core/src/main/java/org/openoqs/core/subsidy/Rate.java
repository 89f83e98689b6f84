package org.openoqs.core.subsidy;

import org.openoqs.core.InvalidValueException;

/**
 * A 補助率 (subsidy rate) as an exact fraction, so 3/4 of a yen amount is computed without floating point. 実費
 * (actual cost) is 1/1.
 */
public record Rate(int numerator, int denominator) {
    public Rate {
        if (denominator <= 0) {
            throw new InvalidValueException("RateDenominator", String.valueOf(denominator), "must be positive");
        }
        if (numerator < 0) {
            throw new InvalidValueException("RateNumerator", String.valueOf(numerator), "must not be negative");
        }
        if (numerator > denominator) {
            throw new InvalidValueException("RateNumerator", numerator + "/" + denominator,
                    "a subsidy rate must not exceed 1");
        }
    }

    /**
     * {@code yen} × this rate, rounded down to the yen: a grant never exceeds the exact share, and 補助金 amounts are
     * truncated below the yen [S] (usual practice for 交付額; the sources give no rounding rule).
     */
    public long applyTo(long yen) {
        if (yen < 0) throw new InvalidValueException("EligibleCost", String.valueOf(yen), "must not be negative");
        return Math.floorDiv(Math.multiplyExact(yen, (long) numerator), denominator);
    }

    /** "3/4". */
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
