package org.openoqs.core.medical;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openoqs.core.InvalidValueException;

/**
 * The drug code of a 薬剤情報 entry (element {@code DrugC}). Which code system the real results use is not public
 * [I]; OpenOQS accepts the two a claims-derived record can carry:
 * <ul>
 *   <li>the 12-character 薬価基準収載医薬品コード or YJ code: 薬効分類 (4 digits), 投与経路・成分 (3 digits), 剤形 (a
 *       letter), 規格 and 銘柄 (3 digits or letters; 一般名コード end in {@code ZZZ}) and a check character — only the
 *       structure is checked, the check character's algorithm not being public;</li>
 *   <li>the 9-digit レセプト電算処理システム用医薬品コード, which claims (レセプト) themselves use.</li>
 * </ul>
 * Full-width characters are folded and letters upper-cased.
 */
public record DrugCode(String value) {
    public static final String FIELD = "DrugC";
    private static final Pattern YAKKA = Pattern.compile("\\d{7}[A-Z][0-9A-Z]{4}");
    private static final Pattern RECEIPT = Pattern.compile("\\d{9}");

    public DrugCode {
        if (value == null || !(YAKKA.matcher(value).matches() || RECEIPT.matcher(value).matches())) {
            throw new InvalidValueException(FIELD, value,
                    "must be a 12-character 薬価基準収載医薬品コード/YJ code (e.g. 2171022F1020) or a 9-digit レセプト電算コード");
        }
    }

    public static DrugCode parse(String raw) {
        if (raw == null || raw.isBlank()) throw new InvalidValueException(FIELD, raw, "required");
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        try {
            return new DrugCode(folded);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(FIELD, raw, e.reason());
        }
    }

    /** 薬効分類番号 (the first 4 digits) of a 12-character code; null for a 9-digit レセプト電算コード. */
    public String therapeuticCategory() {
        return value.length() == 12 ? value.substring(0, 4) : null;
    }

    @Override public String toString() { return value; }
}
