package org.openoqs.core.subsidy;

import org.openoqs.core.InvalidValueException;

/**
 * A 顔認証付きカードリーダー the 支払基金 supplied through the portal (oqs-rules §1.8: a choice of 4 products [C]).
 *
 * @param productName null where the reference does not know the product's name
 * @param leadMonths  months from 申込 to delivery, a planning estimate
 */
public record CardReaderProduct(String productCode, String maker, String productName, int leadMonths,
        Confidence confidence, String note) {
    public static final String FIELD = "CardReaderProduct";

    public CardReaderProduct {
        requireText("ProductCode", productCode);
        requireText("Maker", maker);
        if (leadMonths < 0) {
            throw new InvalidValueException("LeadMonths", String.valueOf(leadMonths), "must not be negative");
        }
        if (confidence == null) throw new InvalidValueException(Confidence.FIELD, null, "required");
        note = note == null ? "" : note;
    }

    /** "株式会社アルメックス マイナタッチ", or the maker alone when the product name is unknown. */
    public String displayName() {
        return productName == null ? maker : maker + " " + productName;
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) throw new InvalidValueException(field, value, "required");
    }
}
