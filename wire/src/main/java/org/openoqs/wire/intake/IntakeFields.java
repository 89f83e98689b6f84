package org.openoqs.wire.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.code.OqsCode;
import org.openoqs.core.date.OqsDates;

/**
 * The values of one intake line while a row mapper reads them, and the errors found so far. Every reader method
 * returns null for a bad or absent value and records the problem, so a mapper reads every column before deciding and
 * one pass reports every bad field of the line.
 */
public final class IntakeFields<C extends Enum<C> & IntakeColumn> {
    /** Longest PersonKey; the qualification intake uses the same limit. */
    public static final int MAX_PERSON_KEY = 64;

    private final long line;
    private final Function<C, String> raw;
    private final List<IntakeError> errors = new ArrayList<>();

    public IntakeFields(long line, Function<C, String> raw) {
        this.line = line;
        this.raw = raw;
    }

    public long line() { return line; }

    public boolean valid() { return errors.isEmpty(); }

    /** The line with {@code value} when no error was recorded, else with the errors. */
    public <T> IntakeLine<T> result(java.util.function.Supplier<T> value) {
        return new IntakeLine<>(line, errors.isEmpty() ? value.get() : null, errors);
    }

    /** The raw cell, or null when absent or blank. */
    public String raw(C column) {
        return raw.apply(column);
    }

    /** Parses a cell; a parser's {@link InvalidValueException} becomes an error on this column. */
    public <T> T parse(C column, Function<String, T> parser) {
        String value = raw.apply(column);
        if (value == null) {
            if (column.required()) error(column, null, "required");
            return null;
        }
        try {
            return parser.apply(value);
        } catch (InvalidValueException e) {
            // The exception's value, not the raw one: a refused My Number must not be echoed back.
            error(column, e.value(), e.reason());
            return null;
        }
    }

    public void error(C column, String value, String message) {
        errors.add(new IntakeError(line, column == null ? null : column.name(), value, message));
    }

    /** The insurer side's opaque person identifier; a value shaped like a 個人番号 is refused and not echoed. */
    public String personKey(C column) {
        return parse(column, v -> {
            String key = v.strip();
            if (key.length() > MAX_PERSON_KEY) throw new InvalidValueException(column.name(), v, "longer than " + MAX_PERSON_KEY);
            if (MyNumberGuard.looksLikeMyNumber(key)) {
                throw new InvalidValueException(column.name(), null,
                        "looks like a 個人番号 (My Number); PersonKey must be the insurer's own opaque identifier");
            }
            return key;
        });
    }

    public String text(C column, int max) {
        return parse(column, v -> {
            String s = v.strip();
            if (s.length() > max) throw new InvalidValueException(column.name(), v, "longer than " + max + " characters");
            return s;
        });
    }

    public LocalDate date(C column) {
        return parse(column, v -> OqsDates.parseOptionalDate(column.name(), v));
    }

    public <E extends Enum<E> & OqsCode> E code(C column, Class<E> type) {
        return parse(column, v -> OqsCode.parse(type, column.name(), v.strip()));
    }

    /** A positive decimal with at most {@code maxIntegerDigits} digits before and {@code maxScale} after the point. */
    public BigDecimal positiveDecimal(C column, int maxIntegerDigits, int maxScale) {
        return parse(column, v -> {
            BigDecimal d;
            try {
                d = new BigDecimal(v.strip());
            } catch (NumberFormatException e) {
                throw new InvalidValueException(column.name(), v, "must be a decimal number such as 1 or 0.5");
            }
            BigDecimal stripped = d.stripTrailingZeros();
            if (d.signum() <= 0) throw new InvalidValueException(column.name(), v, "must be greater than 0");
            if (Math.max(stripped.scale(), 0) > maxScale || stripped.precision() - stripped.scale() > maxIntegerDigits) {
                throw new InvalidValueException(column.name(), v,
                        "at most " + maxIntegerDigits + " digits before and " + maxScale + " after the decimal point");
            }
            return d;
        });
    }

    /** A whole number from 1 to {@code max}. */
    public Integer positiveInteger(C column, int max) {
        return parse(column, v -> {
            String s = v.strip();
            if (!s.matches("\\d{1,9}") || Integer.parseInt(s) < 1 || Integer.parseInt(s) > max) {
                throw new InvalidValueException(column.name(), v, "must be a whole number from 1 to " + max);
            }
            return Integer.parseInt(s);
        });
    }
}
