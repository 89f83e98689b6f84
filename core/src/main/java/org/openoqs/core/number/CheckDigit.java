package org.openoqs.core.number;

/**
 * The 検証番号 shared by 保険者番号, 公費負担者番号, 受給者番号 and 医療機関コード (MHLW 別添２).
 * From the rightmost body digit, weights 2,1,2,1…; two-digit products are folded to their digit sum; the check digit
 * is 10 − (sum mod 10), or 0 when the sum ends in 0. This is Luhn over the body. Confirmed by the worked examples
 * 0613048→8, 341071236→2 (reference oqs-rules §1.1).
 */
public final class CheckDigit {
    private CheckDigit() {}

    /** The check digit for a body of ASCII digits. */
    public static int compute(CharSequence body) {
        int sum = 0;
        boolean doubled = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            char c = body.charAt(i);
            if (c < '0' || c > '9') throw new IllegalArgumentException("not a digit: '" + c + "' in " + body);
            int product = (c - '0') * (doubled ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    /** Whether the last digit of {@code number} is the check digit of the digits before it. */
    public static boolean isValid(CharSequence number) {
        if (number.length() < 2) return false;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        int expected = compute(number.subSequence(0, number.length() - 1));
        return number.charAt(number.length() - 1) - '0' == expected;
    }

    /** The body followed by its check digit. */
    public static String append(CharSequence body) {
        return body.toString() + compute(body);
    }
}
