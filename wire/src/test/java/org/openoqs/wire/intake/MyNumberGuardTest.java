package org.openoqs.wire.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MyNumberGuardTest {

    /** Appends the 個人番号 check digit to an 11-digit body (independent re-implementation of the rule). */
    static String withCheckDigit(String body) {
        int sum = 0;
        for (int n = 1; n <= 11; n++) sum += (body.charAt(11 - n) - '0') * (n <= 6 ? n + 1 : n - 5);
        int r = sum % 11;
        return body + (r <= 1 ? 0 : 11 - r);
    }

    @Test
    void twelveDigitsWithAValidCheckDigitLookLikeAMyNumber() {
        String myNumber = withCheckDigit("12345678901");
        assertThat(MyNumberGuard.looksLikeMyNumber(myNumber)).isTrue();
        assertThat(MyNumberGuard.looksLikeMyNumber(withCheckDigit("00000000000"))).isTrue();
    }

    @Test
    void otherValuesDoNot() {
        String myNumber = withCheckDigit("12345678901");
        char wrong = myNumber.charAt(11) == '9' ? '0' : (char) (myNumber.charAt(11) + 1);
        assertThat(MyNumberGuard.looksLikeMyNumber(myNumber.substring(0, 11) + wrong)).isFalse();
        assertThat(MyNumberGuard.looksLikeMyNumber("PK12345678901")).isFalse();
        assertThat(MyNumberGuard.looksLikeMyNumber("12345678901")).isFalse();
        assertThat(MyNumberGuard.looksLikeMyNumber("1234567890ab")).isFalse();
        assertThat(MyNumberGuard.looksLikeMyNumber(null)).isFalse();
    }
}
