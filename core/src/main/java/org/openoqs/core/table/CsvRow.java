package org.openoqs.core.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openoqs.core.InvalidValueException;

/**
 * One data line of a {@link CsvTable}, with typed readers whose errors name the source, line and column. Dates are
 * ISO {@code yyyy-MM-dd}, versions {@code yyyy-MM}, amounts whole yen without separators.
 */
public record CsvRow(String source, int line, Map<String, String> values) {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

    public String text(String column) {
        String value = values.get(column);
        if (value.isEmpty()) throw error(column, "required");
        return value;
    }

    /** The value, or null when the field is empty. */
    public String optionalText(String column) {
        String value = values.get(column);
        return value.isEmpty() ? null : value;
    }

    public long yen(String column) {
        return wholeNumber(column, "not a whole number of yen", 15);
    }

    public int count(String column) {
        return (int) wholeNumber(column, "not a whole number", 9);
    }

    public Integer optionalCount(String column) {
        return optionalText(column) == null ? null : count(column);
    }

    public LocalDate date(String column) {
        String raw = text(column);
        try {
            return LocalDate.parse(raw, DATE);
        } catch (DateTimeParseException e) {
            throw error(column, "not a date yyyy-MM-dd: '" + raw + "'");
        }
    }

    public LocalDate optionalDate(String column) {
        return optionalText(column) == null ? null : date(column);
    }

    public YearMonth month(String column) {
        String raw = text(column);
        try {
            return YearMonth.parse(raw, MONTH);
        } catch (DateTimeParseException e) {
            throw error(column, "not a version yyyy-MM: '" + raw + "'");
        }
    }

    /** A value read by a domain parser; its {@link InvalidValueException} is reported at this column. */
    public <T> T parsed(String column, Function<String, T> parser) {
        String raw = text(column);
        try {
            return parser.apply(raw);
        } catch (InvalidValueException e) {
            throw error(column, e.reason() + ": '" + raw + "'");
        }
    }

    /**
     * A record built from this row; a rule it breaks is reported at the column its {@link InvalidValueException}
     * names (the records name their fields after the columns).
     */
    public <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidValueException e) {
            throw error(e.field(), e.reason() + (e.value() == null ? "" : ": '" + e.value() + "'"));
        }
    }

    /**
     * A decimal such as {@code 42.4} or {@code 12}: digits with at most {@code maxFraction} digits after a point, no
     * sign, no separators.
     */
    public BigDecimal decimal(String column, int maxFraction) {
        String raw = text(column);
        if (!raw.matches("[0-9]{1,9}(\\.[0-9]{1," + maxFraction + "})?")) {
            throw error(column, "not a decimal number with at most " + maxFraction + " digits after the point: '"
                    + raw + "'");
        }
        return new BigDecimal(raw);
    }

    public BigDecimal optionalDecimal(String column, int maxFraction) {
        return optionalText(column) == null ? null : decimal(column, maxFraction);
    }

    /** A yes/no column written {@code Y} or {@code N}. */
    public boolean flag(String column) {
        String raw = text(column);
        if (raw.equals("Y")) return true;
        if (raw.equals("N")) return false;
        throw error(column, "must be Y or N: '" + raw + "'");
    }

    /** The error to throw for a bad value in this row's {@code column} (null: the line as a whole). */
    public TableException error(String column, String reason) {
        return new TableException(source, line, column, reason);
    }

    private long wholeNumber(String column, String problem, int maxDigits) {
        String raw = text(column);
        if (!raw.matches("[0-9]{1," + maxDigits + "}")) throw error(column, problem + ": '" + raw + "'");
        return Long.parseLong(raw);
    }
}
