package org.openoqs.core.medical;

import java.math.BigDecimal;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.code.OqsCode;

/**
 * The kind of value of one 特定健診 item (element {@code DataType} of TKK results). The element is confirmed [C]; the
 * values are OpenOQS's reading [I], taken from the HL7 CDA data types the 特定健診 XML standard builds on: {@code PQ}
 * a physical quantity (a number with a unit), {@code CD} a coded value (the code in DataValue, its name in
 * DataValueName), {@code ST} free text.
 */
public enum DataType implements OqsCode {
    PQ("PQ", "数値"),
    CD("CD", "コード"),
    ST("ST", "文字列");

    /** Longest DataValue accepted; 特定健診 free-text findings (所見) are short. */
    public static final int MAX_VALUE_LENGTH = 400;
    private static final int MAX_CODE_LENGTH = 20;

    private final String code;
    private final String label;

    DataType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }

    @Override public String label() { return label; }

    /**
     * The value in its canonical form for this type: PQ a plain decimal without trailing zeros, CD a code without
     * white space, ST the stripped text.
     *
     * @throws InvalidValueException naming {@code DataValue} when the value does not fit the type
     */
    public String canonicalValue(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) throw new InvalidValueException("DataValue", raw, "required");
        return switch (this) {
            case PQ -> quantity(raw, value);
            case CD -> code(raw, value);
            case ST -> text(raw, value);
        };
    }

    private static String quantity(String raw, String value) {
        try {
            return Decimals.canonical(new BigDecimal(value)).toPlainString();
        } catch (NumberFormatException e) {
            throw new InvalidValueException("DataValue", raw, "DataType PQ needs a number such as 120 or 5.6");
        }
    }

    private static String code(String raw, String value) {
        if (value.length() > MAX_CODE_LENGTH || value.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidValueException("DataValue", raw,
                    "DataType CD needs a code without spaces, at most " + MAX_CODE_LENGTH + " characters");
        }
        return value;
    }

    private static String text(String raw, String value) {
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new InvalidValueException("DataValue", raw, "longer than " + MAX_VALUE_LENGTH + " characters");
        }
        return value;
    }
}
