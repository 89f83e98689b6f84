package org.openoqs.core.number;

import org.openoqs.core.InvalidValueException;
import org.openoqs.core.code.Prefecture;

/**
 * 保険者番号. Eight digits 法別番号(2)+都道府県番号(2)+保険者別番号(3)+検証番号(1), or six digits for 国保
 * 都道府県番号(2)+保険者別番号(3)+検証番号(1) (reference oqs-rules §1.2, [C]).
 * <p>
 * Tolerant input: OQS files pad to 8 positions with spaces or zeros ({@code "  131011"}, {@code "00131011"}), and
 * people type full-width digits; all read as the canonical {@link #value()} {@code 131011}. Results write
 * {@link #padded()}, right-aligned with spaces, as the real interface does ([C] oqs-interface §5).
 */
public record InsurerNumber(String value) {
    public static final String FIELD = "InsurerNumber";

    public InsurerNumber {
        String raw = value;
        // 8 positions with 法別番号 "00" is the zero-padded form of a 6-digit 国保 number; keep one canonical value.
        if (value != null && value.length() == 8 && value.startsWith("00")) value = value.substring(2);
        validate(raw, value);
    }

    /** Reads a raw value; throws {@link InvalidValueException} naming {@code InsurerNumber} and the reason. */
    public static InsurerNumber parse(String raw) {
        String digits = Digits.read(FIELD, raw);
        if (digits.length() == 8 && digits.startsWith("00")) digits = digits.substring(2);
        validate(raw, digits);
        return new InsurerNumber(digits);
    }

    private static void validate(String raw, String digits) {
        if (!Digits.isAsciiDigits(digits) || !(digits.length() == 6 || digits.length() == 8)) {
            throw new InvalidValueException(FIELD, raw, "must be 6 (国保) or 8 digits");
        }
        int prefecture = Digits.twoDigits(digits, digits.length() == 8 ? 2 : 0);
        if (Prefecture.fromNumber(prefecture).isEmpty()) {
            throw new InvalidValueException(FIELD, raw, "都道府県番号 " + String.format("%02d", prefecture) + " is not 01–47 or 51–97");
        }
        Digits.requireCheckDigit(FIELD, raw, digits);
    }

    /** Whether this is a 6-digit 市町村国保 or 国保組合 number. */
    public boolean isNationalHealthInsurance() { return value.length() == 6; }

    /** 法別番号, or 0 for 6-digit 国保 (which is recorded with 法別番号 "00"). */
    public int houbetsu() { return isNationalHealthInsurance() ? 0 : Digits.twoDigits(value, 0); }

    public Prefecture prefecture() {
        return Prefecture.fromNumber(Digits.twoDigits(value, isNationalHealthInsurance() ? 0 : 2)).orElseThrow();
    }

    public InsurerKind kind() {
        if (isNationalHealthInsurance()) {
            // 国保組合 numbers have 3 as the first digit of the 保険者別番号 ([S] oqs-rules §1.2).
            return value.charAt(2) == '3' ? InsurerKind.NATIONAL_HEALTH_INSURANCE_SOCIETY : InsurerKind.NATIONAL_HEALTH_INSURANCE;
        }
        return InsurerKind.ofHoubetsu(houbetsu());
    }

    /** Eight positions, right-aligned with spaces, as written in OQS results. */
    public String padded() { return String.format("%8s", value); }

    @Override public String toString() { return value; }
}
