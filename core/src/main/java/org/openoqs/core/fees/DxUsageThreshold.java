package org.openoqs.core.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.subsidy.Confidence;

/**
 * What one level of 医療DX推進体制整備加算 asks of an institution over a period: a minimum マイナ保険証利用率 (with the
 * 小児科 exception, where the reference gives one), the 電子処方箋 set-up, and answering patients' health questions
 * with マイナポータル data ([C] oqs-rules §3.4, §3.5).
 *
 * @param minimumUsageRate          a share between 0 and 1 (the table writes percent)
 * @param pediatricMinimumUsageRate the 小児科特例 share, or null where the reference gives none
 */
public record DxUsageThreshold(LocalDate from, LocalDate to, int dxLevel, BigDecimal minimumUsageRate,
                               BigDecimal pediatricMinimumUsageRate, boolean requiresEPrescription,
                               boolean requiresPortalConsultation, Confidence confidence, String source, String note) {

    public DxUsageThreshold {
        if (from == null) throw new InvalidValueException("From", null, "required");
        if (to != null && to.isBefore(from)) throw new InvalidValueException("To", to.toString(), "before From " + from);
        if (dxLevel < 1 || dxLevel > FeeRule.HIGHEST_DX_LEVEL) {
            throw new InvalidValueException("DxLevel", Integer.toString(dxLevel), "must be 1 to " + FeeRule.HIGHEST_DX_LEVEL);
        }
        requireShare("MinimumUsageRate", minimumUsageRate);
        if (pediatricMinimumUsageRate != null) requireShare("PediatricMinimumUsageRate", pediatricMinimumUsageRate);
        if (confidence == null) throw new InvalidValueException(Confidence.FIELD, null, "required");
        if (source == null || source.isBlank()) throw new InvalidValueException("Source", source, "required");
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** The minimum that applies: the 小児科特例 one when the institution uses it and the period has one. */
    public BigDecimal minimumFor(boolean pediatric) {
        return pediatric && pediatricMinimumUsageRate != null ? pediatricMinimumUsageRate : minimumUsageRate;
    }

    /** Why an institution with these facts and usage rate does not reach this level; empty when it does. */
    public List<String> shortfalls(DxFacts facts, BigDecimal usageRate) {
        List<String> missing = new ArrayList<>();
        BigDecimal minimum = minimumFor(facts.pediatric());
        if (usageRate.compareTo(minimum) < 0) {
            missing.add("利用率 " + Percent.format(usageRate) + " < " + Percent.format(minimum));
        }
        if (requiresEPrescription && !facts.ePrescription()) missing.add("電子処方箋の体制なし");
        if (requiresPortalConsultation && !facts.portalConsultation()) missing.add("マイナポータルの情報による健康相談なし");
        return missing;
    }

    private static void requireShare(String field, BigDecimal share) {
        if (share == null) throw new InvalidValueException(field, null, "required");
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException(field, Percent.format(share), "must be 0 to 100 percent");
        }
    }
}
