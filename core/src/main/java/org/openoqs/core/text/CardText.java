package org.openoqs.core.text;

import java.text.Normalizer;
import org.openoqs.core.InvalidValueException;

/**
 * Normalisation of the 被保険者証 記号・番号・枝番 as printed on cards and typed at reception: full-width digits and
 * letters become half-width (NFKC), all white space (including the full-width space U+3000 and the space padding of
 * fixed-width files) is removed, and leading zeros are kept — {@code 01} and {@code 1} are different card numbers.
 * Kanji in 国保 symbols (e.g. {@code 千代田12}) pass through. Comparisons of card data always use these forms.
 */
public final class CardText {
    private CardText() {}

    /** Maximum length of 記号 and 番号 after normalisation ([S] reference oqs-interface §2.1). */
    public static final int MAX_SYMBOL_OR_NUMBER_LENGTH = 20;

    /** NFKC then all white space removed; null or blank gives null (the element is absent). */
    public static String normalize(String raw) {
        if (raw == null) return null;
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) out.append(c);
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** 記号 (optional: 後期高齢 cards have none). */
    public static String symbol(String raw) {
        return limited("InsuredCardSymbol", raw, normalize(raw));
    }

    /** 番号 (required). */
    public static String identificationNumber(String raw) {
        String value = normalize(raw);
        if (value == null) throw new InvalidValueException("InsuredIdentificationNumber", raw, "required");
        return limited("InsuredIdentificationNumber", raw, value);
    }

    /**
     * 枝番: two digits. A single digit is accepted and zero-padded ({@code 1} → {@code 01}), because receipt software
     * that stores it as a number loses the zero; absent on cards issued before 個人単位化.
     */
    public static String branchNumber(String raw) {
        String value = normalize(raw);
        if (value == null) return null;
        if (!value.chars().allMatch(c -> c >= '0' && c <= '9') || value.length() > 2) {
            throw new InvalidValueException("InsuredBranchNumber", raw, "must be 2 digits");
        }
        return value.length() == 1 ? "0" + value : value;
    }

    private static String limited(String field, String raw, String value) {
        if (value != null && value.length() > MAX_SYMBOL_OR_NUMBER_LENGTH) {
            throw new InvalidValueException(field, raw, "longer than " + MAX_SYMBOL_OR_NUMBER_LENGTH + " characters");
        }
        return value;
    }
}
