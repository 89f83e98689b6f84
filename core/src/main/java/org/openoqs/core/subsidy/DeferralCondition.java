package org.openoqs.core.subsidy;

import org.openoqs.core.InvalidValueException;

/**
 * Which deadline row applies to an institution (oqs-rules §2.3) [C]: none filed, or an accepted 猶予届 (notice of
 * deferral of the OQS duty) of one of the types 1–6, which fall into two deadline groups.
 */
public enum DeferralCondition {
    /** No 猶予届: the original fund's deadlines. */
    ORIGINAL("猶予届なし"),
    /** 猶予届 types 1, 4, 5 and 6. */
    DEFERRAL_1_4_5_6("猶予届（1・4・5・6）"),
    /** 猶予届 types 2 and 3. */
    DEFERRAL_2_3("猶予届（2・3）");

    public static final String FIELD = "Condition";
    public static final String TYPE_FIELD = "DeferralType";

    private final String label;

    DeferralCondition(String label) {
        this.label = label;
    }

    public String label() { return label; }

    /** The group of a 猶予届 type 1–6; 0 means no 猶予届 was filed. */
    public static DeferralCondition ofDeferralType(int type) {
        return switch (type) {
            case 0 -> ORIGINAL;
            case 1, 4, 5, 6 -> DEFERRAL_1_4_5_6;
            case 2, 3 -> DEFERRAL_2_3;
            default -> throw new InvalidValueException(TYPE_FIELD, String.valueOf(type),
                    "a 猶予届 type is 1 to 6 (0 = none filed)");
        };
    }

    /** Reads the enum name, as the deadline table's Condition column holds it. */
    public static DeferralCondition parse(String raw) {
        String s = raw == null ? "" : raw.strip();
        for (DeferralCondition c : values()) {
            if (c.name().equals(s)) return c;
        }
        throw new InvalidValueException(FIELD, raw, "must be one of ORIGINAL, DEFERRAL_1_4_5_6, DEFERRAL_2_3");
    }
}
