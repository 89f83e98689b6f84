package org.openoqs.core.number;

import org.openoqs.core.InvalidValueException;
import org.openoqs.core.code.Prefecture;

/**
 * 公費負担者番号, 8 digits: 法別番号(2)+都道府県番号(2)+実施機関番号(3)+検証番号(1), same check digit
 * ([C] oqs-rules §1.3, example 54016027).
 */
public record PublicExpenseNumber(String value) {
    public static final String FIELD = "PublicExpenseNumber";

    public static PublicExpenseNumber parse(String raw) {
        String digits = Digits.read(FIELD, raw);
        if (digits.length() != 8) throw new InvalidValueException(FIELD, raw, "must be 8 digits");
        if (Prefecture.fromNumber(Digits.twoDigits(digits, 2)).isEmpty()) {
            throw new InvalidValueException(FIELD, raw, "都道府県番号 is not 01–47 or 51–97");
        }
        Digits.requireCheckDigit(FIELD, raw, digits);
        return new PublicExpenseNumber(digits);
    }

    public int houbetsu() { return Digits.twoDigits(value, 0); }

    @Override public String toString() { return value; }
}
