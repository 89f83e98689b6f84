package org.openoqs.core.fees;

import org.openoqs.core.InvalidValueException;

/**
 * Which patients the "at the card rate" figure counts. The leaflet counts only the card-rate share, on the マイナ rows
 * ((7点×3人 + 4点×20人) × 42.4%), and leaves the rest out; a real institution also earns the no-マイナ/fallback rows on
 * the others, which from 2022-10 pay more than the マイナ ones.
 */
public enum CardRateCounting {
    MYNA_PATIENTS_ONLY("マイナ保険証の患者のみ（リーフレットの計算）"),
    EVERY_PATIENT("全患者（カード利用率分はマイナ保険証、残りは保険証）");

    public static final String FIELD = "counting";
    private final String label;

    CardRateCounting(String label) {
        this.label = label;
    }

    public String label() { return label; }

    public static CardRateCounting parse(String raw) {
        for (CardRateCounting c : values()) {
            if (c.name().equalsIgnoreCase(raw == null ? "" : raw.strip())) return c;
        }
        throw new InvalidValueException(FIELD, raw, "must be MYNA_PATIENTS_ONLY or EVERY_PATIENT");
    }
}
