package org.openoqs.core.code;

import java.util.Arrays;
import java.util.Optional;
import org.openoqs.core.InvalidValueException;

/**
 * A value of one of the OQSCD code tables (業務コード, 別紙5-1). Codes are strings: leading zeros are significant
 * ({@code 01}, {@code A01}). Labels are the Japanese names from the reference code table (oqs-interface §3).
 */
public interface OqsCode {
    /** The code as written in XML, e.g. {@code "01"}. */
    String code();

    /** The Japanese label, e.g. {@code 被保険者証（一般）}. */
    String label();

    /** The enum constant of {@code type} whose code is {@code code}, if any. */
    static <E extends Enum<E> & OqsCode> Optional<E> find(Class<E> type, String code) {
        if (code == null) return Optional.empty();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    /** Like {@link #find} but an unknown code is an {@link InvalidValueException} naming {@code field}. */
    static <E extends Enum<E> & OqsCode> E parse(Class<E> type, String field, String code) {
        return find(type, code).orElseThrow(() -> new InvalidValueException(field, code,
                "unknown code; expected one of " + Arrays.stream(type.getEnumConstants()).map(OqsCode::code).toList()));
    }
}
