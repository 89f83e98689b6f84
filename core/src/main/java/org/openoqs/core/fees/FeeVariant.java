package org.openoqs.core.fees;

import org.openoqs.core.InvalidValueException;

/**
 * Which patients a row pays for: those whose information was obtained with a マイナ保険証 (card presented and consent
 * given), those whose was not, the 2022-04 経過措置 for a visit where it could not be obtained, or everyone alike.
 * Whoever does not use a card counts as "paper": a card presented without consent is treated like a paper 被保険者証,
 * as the 2022-10 rules say ([C] oqs-rules §3.2).
 */
public enum FeeVariant {
    MYNA("マイナ保険証"), NO_MYNA("マイナ保険証以外"), FALLBACK("情報取得困難（経過措置）"), ANY("区別なし");

    public static final String FIELD = "Variant";
    private final String label;

    FeeVariant(String label) {
        this.label = label;
    }

    public String label() { return label; }

    /** True for the rows a patient without a マイナ保険証 earns. */
    public boolean paper() {
        return this == NO_MYNA || this == FALLBACK;
    }

    /** Two rows of one addition, setting and visit may not be in force together when their variants conflict. */
    boolean conflictsWith(FeeVariant other) {
        return this == other || this == ANY || other == ANY || (paper() && other.paper());
    }

    public static FeeVariant parse(String raw) {
        for (FeeVariant v : values()) {
            if (v.name().equals(raw)) return v;
        }
        throw new InvalidValueException(FIELD, raw, "must be MYNA, NO_MYNA, FALLBACK or ANY");
    }
}
