package org.openoqs.core.subsidy;

import java.time.LocalDate;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.institution.InstitutionType;

/**
 * What an institution tells the portal when it applies for the オンライン資格確認 subsidy: who it is, what it
 * installed and spent, and the dates the special top-ups and the deadlines depend on.
 *
 * @param institutionType    病院, 医科/歯科診療所 or 薬局
 * @param largeChainPharmacy a 薬局 of a group with ≥ 40,000 prescriptions a month; must be false for the others
 * @param readerCount        顔認証付きカードリーダー installed, at least 1 (it sets the 病院 cap)
 * @param eligibleCost       補助金対象に係る総事業費 in yen, tax included as receipted; at least 0
 * @param readerOrderDate    when the card reader was ordered (申込) through the portal; null when the institution
 *                           bought it itself or the date is unknown, in which case no order-date top-up applies
 * @param vendorContractDate when the system vendor was contracted; null when unknown
 * @param operationStartDate 運用開始日, required
 * @param applicationDate    the day the subsidy application is made, required
 * @param deferral           the 猶予届 group, {@link DeferralCondition#ORIGINAL} when none was filed
 */
public record SubsidyClaim(InstitutionType institutionType, boolean largeChainPharmacy, int readerCount,
        long eligibleCost, LocalDate readerOrderDate, LocalDate vendorContractDate, LocalDate operationStartDate,
        LocalDate applicationDate, DeferralCondition deferral) {

    public SubsidyClaim {
        SubsidyCategory.of(institutionType, largeChainPharmacy);
        if (readerCount < 1) {
            throw new InvalidValueException("ReaderCount", String.valueOf(readerCount), "at least 1 card reader");
        }
        if (eligibleCost < 0) {
            throw new InvalidValueException("EligibleCost", String.valueOf(eligibleCost), "must not be negative");
        }
        required("OperationStartDate", operationStartDate);
        required("ApplicationDate", applicationDate);
        required(DeferralCondition.FIELD, deferral);
    }

    public SubsidyCategory category() {
        return SubsidyCategory.of(institutionType, largeChainPharmacy);
    }

    private static void required(String field, Object value) {
        if (value == null) throw new InvalidValueException(field, null, "required");
    }
}
