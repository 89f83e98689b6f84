package org.openoqs.core.number;

import org.openoqs.core.InvalidValueException;
import org.openoqs.core.code.Prefecture;

/**
 * 医療機関コード / 薬局コード, 10 digits: 都道府県番号(2)+点数表番号(1)+郡市区番号(2)+医療機関番号(4)+検証番号(1), the
 * check digit computed over the full 9-digit body ([C] oqs-rules §1.4, worked example 341071236 → 2).
 * 点数表番号 1 医科, 3 歯科, 4 薬局 are confirmed; other values are not accepted here.
 */
public record MedicalInstitutionCode(String value) {
    public static final String FIELD = "MedicalInstitutionCode";

    /** 点数表番号. */
    public enum FeeSchedule {
        MEDICAL('1', "医科"), DENTAL('3', "歯科"), PHARMACY('4', "薬局");

        private final char digit;
        private final String label;

        FeeSchedule(char digit, String label) {
            this.digit = digit;
            this.label = label;
        }

        public char digit() { return digit; }

        public String label() { return label; }

        static FeeSchedule of(char digit) {
            for (FeeSchedule f : values()) if (f.digit == digit) return f;
            return null;
        }
    }

    public MedicalInstitutionCode {
        validate(value, value);
    }

    public static MedicalInstitutionCode parse(String raw) {
        String digits = Digits.read(FIELD, raw);
        validate(raw, digits);
        return new MedicalInstitutionCode(digits);
    }

    private static void validate(String raw, String digits) {
        if (!Digits.isAsciiDigits(digits) || digits.length() != 10) {
            throw new InvalidValueException(FIELD, raw, "must be 10 digits");
        }
        if (Prefecture.fromNumber(Digits.twoDigits(digits, 0)).isEmpty()) {
            throw new InvalidValueException(FIELD, raw, "都道府県番号 is not 01–47 or 51–97");
        }
        if (FeeSchedule.of(digits.charAt(2)) == null) {
            throw new InvalidValueException(FIELD, raw, "点数表番号 must be 1 (医科), 3 (歯科) or 4 (薬局)");
        }
        Digits.requireCheckDigit(FIELD, raw, digits);
    }

    public Prefecture prefecture() { return Prefecture.fromNumber(Digits.twoDigits(value, 0)).orElseThrow(); }

    public FeeSchedule feeSchedule() { return FeeSchedule.of(value.charAt(2)); }

    /** The 7-digit form printed on receipts (郡市区番号 + 医療機関番号 + 検証番号). */
    public String sevenDigitForm() { return value.substring(3); }

    @Override public String toString() { return value; }
}
