package org.openoqs.core.medical;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openoqs.core.InvalidValueException;

/**
 * A 特定健診 item code (element {@code ItemCode} of TKK results): 17 characters in the JLAC10 layout the 特定健診
 * XML standard uses — 分析物 (5), 識別 (4), 材料 (3), 測定法 (3), 結果識別 (2) — e.g. {@code 3D046000001906202}
 * (HbA1c). That the real results use these codes is [I] (reference §2.7); only the layout is checked here.
 */
public record ItemCode(String value) {
    public static final String FIELD = "ItemCode";
    private static final Pattern JLAC10 = Pattern.compile("[0-9A-Z]{17}");

    public ItemCode {
        if (value == null || !JLAC10.matcher(value).matches()) {
            throw new InvalidValueException(FIELD, value, "must be a 17-character JLAC10-style code (digits and capital letters)");
        }
    }

    public static ItemCode parse(String raw) {
        if (raw == null || raw.isBlank()) throw new InvalidValueException(FIELD, raw, "required");
        String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        try {
            return new ItemCode(folded);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(FIELD, raw, e.reason());
        }
    }

    @Override public String toString() { return value; }
}
