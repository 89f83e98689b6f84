package org.openoqs.app.bench;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/** Reads the bench's short durations, {@code 1500ms}, {@code 20s} or {@code 2m}, for picocli options. */
public final class BenchDurations implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m)");

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    public static Duration parse(String value) {
        Duration d = parseAllowingZero(value);
        if (d.isZero()) throw new IllegalArgumentException("a duration must be positive: " + value);
        return d;
    }

    /** For options where zero means "skip it", such as {@code --jit-settle 0s}. */
    public static final class OrZero implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return parseAllowingZero(value);
        }
    }

    private static Duration parseAllowingZero(String value) {
        Matcher m = SHORT.matcher(value == null ? "" : value.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a duration such as 1500ms, 20s or 2m");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            default -> Duration.ofMinutes(n);
        };
    }

    /** The short form back, for the child process's command line. */
    public static String format(Duration d) {
        return d.toMillis() + "ms";
    }
}
