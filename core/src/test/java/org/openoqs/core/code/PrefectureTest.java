package org.openoqs.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrefectureTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"1, 北海道", "13, 東京都", "26, 京都府", "27, 大阪府", "33, 岡山県", "34, 広島県", "47, 沖縄県",
            "51, 北海道", "63, 東京都", "97, 沖縄県"})
    void mapsPrimaryAndSecondaryNumbers(int number, String label) {
        assertThat(Prefecture.fromNumber(number)).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo(label));
    }

    @Test
    void secondaryRangeIsPrimaryPlusFifty() {
        for (int n = 1; n <= 47; n++) {
            Prefecture p = Prefecture.fromNumber(n).orElseThrow();
            assertThat(p.number()).isEqualTo(n);
            assertThat(Prefecture.fromNumber(n + 50)).contains(p);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 48, 49, 50, 98, 99, 100, -1, -49})
    void otherNumbersAreEmpty(int number) {
        assertThat(Prefecture.fromNumber(number)).isEmpty();
    }

    @Test
    void codeIsTwoDigits() {
        assertThat(Prefecture.HOKKAIDO.code()).isEqualTo("01");
        assertThat(Prefecture.TOKYO.code()).isEqualTo("13");
        assertThat(Prefecture.OKINAWA.code()).isEqualTo("47");
        assertThat(Prefecture.values()).hasSize(47);
    }
}
