package org.openoqs.terminal.face;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** The OQS date-time format {@code yyyyMMddHHmmss} (JST) [C] reference §2. */
public final class OqsTimes {

    public static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    private OqsTimes() {
    }

    public static String format(LocalDateTime time) {
        return FORMAT.format(time);
    }

    /** The time, or empty when {@code text} is absent or not 14 valid digits. */
    public static Optional<LocalDateTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.strip(), FORMAT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
