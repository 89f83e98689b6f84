package org.openoqs.core.fees;

import org.openoqs.core.InvalidValueException;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;

/**
 * Where the expected (fractional) points are rounded to whole points, {@link java.math.RoundingMode#HALF_UP}, once:
 * the leaflet rounds a clinic's points per day and a pharmacy's per month (oqs-rules §3.6), and its figures depend on
 * it (43点/日 gives 103,200円/年; unrounded 102,778円). NONE keeps the exact points and rounds only each yen figure.
 */
public enum RoundingStep {
    DAY("1日あたりの点数を四捨五入してから円に換算"),
    MONTH("1か月あたりの点数を四捨五入してから円に換算"),
    NONE("点数は丸めず、円の金額だけを四捨五入");

    public static final String FIELD = "rounding";
    private final String label;

    RoundingStep(String label) {
        this.label = label;
    }

    public String label() { return label; }

    /** The leaflet's step: per day for clinics, per month for pharmacies. */
    public static RoundingStep defaultFor(FeeSchedule setting) {
        return setting == FeeSchedule.PHARMACY ? MONTH : DAY;
    }

    public static RoundingStep parse(String raw) {
        for (RoundingStep r : values()) {
            if (r.name().equalsIgnoreCase(raw == null ? "" : raw.strip())) return r;
        }
        throw new InvalidValueException(FIELD, raw, "must be DAY, MONTH or NONE");
    }
}
