package org.openoqs.core.fees;

import java.time.LocalDate;
import java.util.Set;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;
import org.openoqs.core.subsidy.Confidence;

/**
 * One row of the fee-addition table: an addition's points for one setting, visit and variant (or 医療DX level) over a
 * period of days, with how often a patient may earn it and how sure the reference is. Field names are the table's
 * column names, so a rule a row breaks is reported at that column.
 *
 * @param addition     a stable code such as {@code DX_PROMOTION}; a new addition in a later 改定 is a new code
 * @param dxLevel      1–6 for the levels of 医療DX推進体制整備加算, null for additions every OQS institution claims
 * @param points       null when the row exists but its points are not known (then {@code confidence} is U)
 * @param windowMonths the frequency window: 1 月1回, 3 3月に1回, 6 6月に1回, 12 12月に1回
 * @param to           the last day in force, included; null while no end is known
 */
public record FeeRule(String ruleId, String addition, String additionName, String label, FeeSchedule setting,
                      FeeVisit visit, FeeVariant variant, Integer dxLevel, Integer points, int windowMonths,
                      LocalDate from, LocalDate to, Confidence confidence, String source, String note) {
    public static final Set<Integer> WINDOWS = Set.of(1, 3, 6, 12);
    public static final int HIGHEST_DX_LEVEL = 6;

    public FeeRule {
        requireText("RuleId", ruleId);
        requireText("Addition", addition);
        requireText("AdditionName", additionName);
        requireText("Label", label);
        requireText("Source", source);
        if (setting == null) throw new InvalidValueException("Setting", null, "required");
        if (visit == null) throw new InvalidValueException(FeeVisit.FIELD, null, "required");
        if (variant == null) throw new InvalidValueException(FeeVariant.FIELD, null, "required");
        if (confidence == null) throw new InvalidValueException(Confidence.FIELD, null, "required");
        if ((visit == FeeVisit.DISPENSING) != (setting == FeeSchedule.PHARMACY)) {
            throw new InvalidValueException(FeeVisit.FIELD, visit.name(), "DISPENSING is the one visit of PHARMACY rows");
        }
        if (dxLevel != null && (dxLevel < 1 || dxLevel > HIGHEST_DX_LEVEL)) {
            throw new InvalidValueException("DxLevel", dxLevel.toString(), "must be 1 to " + HIGHEST_DX_LEVEL);
        }
        if (dxLevel != null && variant != FeeVariant.ANY) {
            throw new InvalidValueException(FeeVariant.FIELD, variant.name(), "医療DX levels pay for every patient: use ANY");
        }
        if (points != null && points < 0) throw new InvalidValueException("Points", points.toString(), "negative");
        if (points == null && confidence != Confidence.U) {
            throw new InvalidValueException("Points", null, "required unless Confidence is U (points not known)");
        }
        if (!WINDOWS.contains(windowMonths)) {
            throw new InvalidValueException("WindowMonths", Integer.toString(windowMonths), "must be 1, 3, 6 or 12");
        }
        if (from == null) throw new InvalidValueException("From", null, "required");
        if (to != null && to.isBefore(from)) throw new InvalidValueException("To", to.toString(), "before From " + from);
    }

    /** Reads a setting as written in the table: MEDICAL 医科, DENTAL 歯科, PHARMACY 調剤. */
    public static FeeSchedule parseSetting(String raw) {
        for (FeeSchedule s : FeeSchedule.values()) {
            if (s.name().equals(raw)) return s;
        }
        throw new InvalidValueException("Setting", raw, "must be MEDICAL, DENTAL or PHARMACY");
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** Whether the two rows share a day. */
    boolean overlaps(FeeRule other) {
        return (to == null || !other.from.isAfter(to)) && (other.to == null || !from.isAfter(other.to));
    }

    public boolean pointsKnown() {
        return points != null;
    }

    public boolean isDxLevel() {
        return dxLevel != null;
    }

    /** How many times a year a patient who comes every month earns the row. */
    public int timesPerYear() {
        return 12 / windowMonths;
    }

    /** The addition and the row's label, e.g. 医療情報取得加算 加算1（初診）. */
    public String displayName() {
        return label.equals(additionName) ? additionName : additionName + " " + label;
    }

    /** 月1回, 3月に1回, … */
    public String windowLabel() {
        return windowMonths == 1 ? "月1回" : windowMonths + "月に1回";
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) throw new InvalidValueException(field, value, "required");
    }
}
