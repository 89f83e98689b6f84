package org.openoqs.core.number;

import java.text.Normalizer;
import org.openoqs.core.InvalidValueException;

/** Shared tolerant reading of numeric codes: full-width digits folded, space padding removed, leading zeros kept. */
final class Digits {
    private Digits() {}

    static String read(String field, String raw) {
        if (raw == null) throw new InvalidValueException(field, null, "required");
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        if (folded.isEmpty()) throw new InvalidValueException(field, raw, "required");
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c < '0' || c > '9') throw new InvalidValueException(field, raw, "must contain digits only");
        }
        return folded;
    }

    /** Whether {@code s} is non-empty and only ASCII 0–9 (Character.isDigit would also accept full-width digits). */
    static boolean isAsciiDigits(String s) {
        if (s == null || s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    static void requireCheckDigit(String field, String raw, String digits) {
        if (!CheckDigit.isValid(digits)) {
            int expected = CheckDigit.compute(digits.substring(0, digits.length() - 1));
            throw new InvalidValueException(field, raw, "check digit (検証番号) is wrong: expected " + expected);
        }
    }

    static int twoDigits(String digits, int from) {
        return Integer.parseInt(digits.substring(from, from + 2));
    }
}
