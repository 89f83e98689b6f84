package org.openoqs.core.number;

import org.openoqs.core.InvalidValueException;

/**
 * 公費負担医療の受給者番号, 7 digits: a 6-digit body and the 検証番号 with the same weighting ([S] oqs-rules §1.3:
 * checked this way by public receipt software; the 別添２ 第3 text itself was not read).
 */
public record RecipientNumber(String value) {
    public static final String FIELD = "BeneficiaryNumber";

    public static RecipientNumber parse(String raw) {
        String digits = Digits.read(FIELD, raw);
        if (digits.length() != 7) throw new InvalidValueException(FIELD, raw, "must be 7 digits");
        Digits.requireCheckDigit(FIELD, raw, digits);
        return new RecipientNumber(digits);
    }

    @Override public String toString() { return value; }
}
