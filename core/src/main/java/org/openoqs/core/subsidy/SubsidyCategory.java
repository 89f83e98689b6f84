package org.openoqs.core.subsidy;

import org.openoqs.core.InvalidValueException;
import org.openoqs.core.institution.InstitutionType;

/**
 * The institution categories of the subsidy table (oqs-rules §2.1) [C]. They differ from {@link InstitutionType}
 * in two ways: 医科 and 歯科 診療所 share one row, and a 薬局 belonging to a large chain has its own, lower rate.
 */
public enum SubsidyCategory {
    HOSPITAL("病院"), CLINIC("診療所"), PHARMACY("薬局"), LARGE_CHAIN_PHARMACY("大型チェーン薬局");

    public static final String FIELD = "Category";
    /** 大型チェーン薬局: a group dispensing at least this many prescriptions a month (§2.1) [C]. */
    public static final long LARGE_CHAIN_PRESCRIPTIONS_PER_MONTH = 40_000;

    private final String label;

    SubsidyCategory(String label) {
        this.label = label;
    }

    public String label() { return label; }

    /**
     * The category of an institution; {@code largeChainPharmacy} is the institution's own answer to "大型チェーン薬局
     * ですか" and may only be true for a 薬局.
     */
    public static SubsidyCategory of(InstitutionType type, boolean largeChainPharmacy) {
        if (type == null) throw new InvalidValueException(InstitutionType.FIELD, null, "required");
        if (type == InstitutionType.PHARMACY) return largeChainPharmacy ? LARGE_CHAIN_PHARMACY : PHARMACY;
        if (largeChainPharmacy) {
            throw new InvalidValueException("LargeChainPharmacy", "true",
                    "only a 薬局 can be a 大型チェーン薬局; this institution is a " + type.label());
        }
        return type.isHospital() ? HOSPITAL : CLINIC;
    }

    /** Whether a pharmacy group of this monthly prescription volume is a 大型チェーン (≥ 40,000 a month). */
    public static boolean isLargeChainGroup(long groupPrescriptionsPerMonth) {
        return groupPrescriptionsPerMonth >= LARGE_CHAIN_PRESCRIPTIONS_PER_MONTH;
    }

    /** Reads the enum name or the Japanese label, as the rule table's Category column may hold either. */
    public static SubsidyCategory parse(String raw) {
        String s = raw == null ? "" : raw.strip();
        for (SubsidyCategory c : values()) {
            if (c.name().equals(s) || c.label.equals(s)) return c;
        }
        throw new InvalidValueException(FIELD, raw, "must be one of HOSPITAL/病院, CLINIC/診療所, PHARMACY/薬局, "
                + "LARGE_CHAIN_PHARMACY/大型チェーン薬局");
    }
}
