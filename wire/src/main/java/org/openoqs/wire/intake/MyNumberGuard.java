package org.openoqs.wire.intake;

/**
 * Keeps My Numbers (個人番号) out of the system: OpenOQS never uses them, so an intake value that is 12 digits with a
 * valid 個人番号 check digit is refused as a PersonKey. Check digit per the 個人番号 rules (総務省令): weights
 * n+1 for n = 1..6 and n−5 for n = 7..11 counted from the digit left of the check digit; remainder r = sum mod 11;
 * check = 0 when r ≤ 1, else 11 − r.
 */
public final class MyNumberGuard {
    private MyNumberGuard() {}

    public static boolean looksLikeMyNumber(String value) {
        if (value == null || value.length() != 12 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) return false;
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int digit = value.charAt(11 - n) - '0';
            sum += digit * (n <= 6 ? n + 1 : n - 5);
        }
        int r = sum % 11;
        int check = r <= 1 ? 0 : 11 - r;
        return value.charAt(11) - '0' == check;
    }
}
