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
        Matcher m = SHORT.matcher(value == null ? "" : value.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a duration such as 1500ms, 20s or 2m");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            default -> Duration.ofMinutes(n);
        };
        if (d.isZero()) throw new IllegalArgumentException("a duration must be positive: " + value);
        return d;
    }

    /** The short form back, for the child process's command line. */
    public static String format(Duration d) {
        return d.toMillis() + "ms";
    }
}
