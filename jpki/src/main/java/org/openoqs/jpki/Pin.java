package org.openoqs.jpki;

import java.util.regex.Pattern;

/** The 利用者証明用 PIN: exactly 4 ASCII digits (reference oqs-rules §6.3 [C]). Messages never repeat the PIN. */
final class Pin {
    static final int LENGTH = 4;
    private static final Pattern FORMAT = Pattern.compile("[0-9]{4}");

    private Pin() {}

    static String requireValid(String pin) {
        if (pin == null || !FORMAT.matcher(pin).matches()) {
            throw new IllegalArgumentException("pin must be exactly " + LENGTH + " ASCII digits (0-9)");
        }
        return pin;
    }
}
