package org.openoqs.core.subsidy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.stream.Stream;
import org.openoqs.core.InvalidValueException;

/**
 * One row of the subsidy rule table: for a category (and, for 病院, a reader count), and for claims within the
 * row's date windows, the grant is the lesser of 総事業費 × {@code rate} and {@code grantCap} (seed 002:
 * 「補助金対象に係る総事業費×補助率」と補助限度額を比較して少ない額が交付額) [C]. The rules are data so that a new
 * programme or top-up is a new row, not a new branch in code.
 *
 * <p>Every window is inclusive at both ends; a null bound is open. A row that names an order window or a vendor
 * contract deadline does not match a claim that lacks that date: a top-up must be shown to apply.
 *
 * <p>{@code costCap} (事業額上限) is MHLW's benchmark cost. It is kept for display and checked to be consistent:
 * {@code grantCap} may not exceed {@code costCap × rate}, so that capping the cost first would never change a
 * grant, and the seed's formula (cost × rate, then the grant cap) is exact.
 *
 * @param readerCount the number of card readers the row is for (病院 only), null for any number
 */
public record SubsidyRule(String ruleId, String programme, YearMonth version, SubsidyCategory category,
        Integer readerCount, LocalDate orderedFrom, LocalDate orderedTo, LocalDate vendorContractBy,
        LocalDate startFrom, LocalDate startTo, long costCap, Rate rate, long grantCap, Confidence confidence,
        String note) {

    public SubsidyRule {
        requireText("RuleId", ruleId);
        requireText("Programme", programme);
        required("Version", version);
        required(SubsidyCategory.FIELD, category);
        required("Rate", rate);
        required(Confidence.FIELD, confidence);
        checkReaderCount(category, readerCount);
        checkWindow("OrderedTo", orderedFrom, orderedTo, "OrderedFrom");
        checkWindow("StartTo", startFrom, startTo, "StartFrom");
        checkCaps(costCap, rate, grantCap);
        note = note == null ? "" : note;
    }

    /** Whether the claim meets every condition of this row, counting the claim's own number of readers. */
    public boolean matches(SubsidyClaim claim) {
        return matches(claim, claim.readerCount());
    }

    /**
     * Whether the claim meets every condition of this row, counting {@code readersCounted} readers. The calculator
     * counts a hospital's readers up to the largest number the table names (§2.1 names 1–3; more than 3 get the
     * 3-reader row [U]).
     */
    public boolean matches(SubsidyClaim claim, int readersCounted) {
        return category == claim.category()
                && (readerCount == null || readerCount == readersCounted)
                && within(claim.readerOrderDate(), orderedFrom, orderedTo)
                && within(claim.vendorContractDate(), null, vendorContractBy)
                && within(claim.operationStartDate(), startFrom, startTo);
    }

    /** 総事業費 × rate, truncated to the yen. */
    public long costTimesRate(long eligibleCost) {
        return rate.applyTo(eligibleCost);
    }

    /** The 交付額 this row gives for a cost: the lesser of cost × rate and the grant cap. */
    public long grantFor(long eligibleCost) {
        return Math.min(costTimesRate(eligibleCost), grantCap);
    }

    /**
     * How many conditions the row sets beyond its category: the standard row has none (or only its reader count),
     * a top-up several. Used to prefer the standard row when two rows give the same grant.
     */
    public int conditionCount() {
        return (int) Stream.of(readerCount, orderedFrom, orderedTo, vendorContractBy, startFrom, startTo)
                .filter(Objects::nonNull).count();
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        if (from == null && to == null) return true;
        if (date == null) return false;
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    private static void checkReaderCount(SubsidyCategory category, Integer readerCount) {
        if (readerCount == null) return;
        if (readerCount < 1) {
            throw new InvalidValueException("ReaderCount", readerCount.toString(), "at least 1 card reader");
        }
        if (category != SubsidyCategory.HOSPITAL) {
            throw new InvalidValueException("ReaderCount", readerCount.toString(),
                    "only 病院 rows depend on the reader count (§2.1); leave it empty for " + category);
        }
    }

    private static void checkWindow(String toField, LocalDate from, LocalDate to, String fromField) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValueException(toField, to.toString(), "before " + fromField + " " + from);
        }
    }

    private static void checkCaps(long costCap, Rate rate, long grantCap) {
        if (costCap < 0) throw new InvalidValueException("CostCap", String.valueOf(costCap), "must not be negative");
        if (grantCap < 0) throw new InvalidValueException("GrantCap", String.valueOf(grantCap), "must not be negative");
        long ceiling = rate.applyTo(costCap);
        if (grantCap > ceiling) {
            throw new InvalidValueException("GrantCap", String.valueOf(grantCap), "exceeds CostCap × rate = "
                    + ceiling + ": the cost cap would bind before the grant cap, which this table cannot express");
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) throw new InvalidValueException(field, value, "required");
    }

    private static void required(String field, Object value) {
        if (value == null) throw new InvalidValueException(field, null, "required");
    }
}
