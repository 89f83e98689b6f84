package org.openoqs.core.fees;

import java.math.BigDecimal;
import org.openoqs.core.InvalidValueException;

/**
 * What the institution tells the simulator about 医療DX推進体制整備加算.
 *
 * @param filed              it has filed for the addition and meets the requirements the simulator does not model
 *                           (電子カルテ情報共有サービス, notices, …); false leaves the addition out
 * @param ePrescription      it can register prescriptions / dispensing with the 電子処方箋管理サービス (加算1–3 from 2025-04)
 * @param portalConsultation it answers patients' health questions using マイナポータル data (加算1/2 in 2024-10 – 2025-03)
 * @param pediatric          it may use the 小児科特例 threshold (2025-04 – 2025-09)
 * @param usageRate          the マイナ保険証利用率 the level is chosen by, as a share 0–1 (measured by the institution:
 *                           レセプト件数ベース, normally 3 months earlier); null: take the card rate
 */
public record DxFacts(boolean filed, boolean ePrescription, boolean portalConsultation, boolean pediatric,
                      BigDecimal usageRate) {
    public static final String USAGE_RATE = "usageRate";

    public DxFacts {
        if (usageRate != null && (usageRate.signum() < 0 || usageRate.compareTo(BigDecimal.ONE) > 0)) {
            throw new InvalidValueException(USAGE_RATE, usageRate.toPlainString(), "must be a share between 0 and 1");
        }
    }

    /** An institution that does not claim 医療DX推進体制整備加算. */
    public static DxFacts notFiled() {
        return new DxFacts(false, false, false, false, null);
    }

    /** The same facts with another usage rate (the all-paper case counts 0%). */
    public DxFacts withUsageRate(BigDecimal rate) {
        return new DxFacts(filed, ePrescription, portalConsultation, pediatric, rate);
    }
}
