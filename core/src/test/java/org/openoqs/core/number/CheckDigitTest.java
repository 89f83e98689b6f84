package org.openoqs.core.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Worked examples from oqs-rules §1.1 (MHLW 別添２ and secondary sources). */
class CheckDigitTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "0613048,   8", // 保険者番号, 別添２ 第1
            "3312001,   5", // 千葉県警察共済
            "5401602,   7", // 公費負担者番号
            "341071236, 2", // 医療機関コード, 別添２ 第4-5
            "011011371, 9", // 医療機関コード, Wikipedia
            "13101,     1", // 国保 千代田区
            "13104,     5", // 国保 新宿区
    })
    void computesWorkedExamples(String body, int expected) {
        assertThat(CheckDigit.compute(body)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"06130488", "33120015", "54016027", "3410712362", "0110113719", "131011", "131045"})
    void acceptsFullWorkedNumbers(String number) {
        assertThat(CheckDigit.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"06130487", "06130480", "3410712361", "0110113710", "131012", "131044"})
    void rejectsWrongCheckDigit(String number) {
        assertThat(CheckDigit.isValid(number)).isFalse();
    }

    @Test
    void sumEndingInZeroGivesCheckDigitZero() {
        // 1 → weight 2 → 2; 9 → weight 1 → 9; 9 → weight 2 → 18 → 9 : 2+9+9 = 20
        assertThat(CheckDigit.compute("991")).isZero();
        assertThat(CheckDigit.isValid("9910")).isTrue();
    }

    @Test
    void rightmostBodyDigitGetsWeightTwo() {
        // single digit 7: 7×2 = 14 → 1+4 = 5 → 10−5 = 5
        assertThat(CheckDigit.compute("7")).isEqualTo(5);
        // "70": 0×2 + 7×1 = 7 → 3; the weights must not be aligned from the left
        assertThat(CheckDigit.compute("70")).isEqualTo(3);
    }

    @Test
    void leadingZerosDoNotChangeTheDigit() {
        assertThat(CheckDigit.compute("0013101")).isEqualTo(CheckDigit.compute("13101"));
        assertThat(CheckDigit.isValid("00131011")).isTrue();
    }

    @Test
    void appendAddsTheCheckDigit() {
        assertThat(CheckDigit.append("0613048")).isEqualTo("06130488");
        assertThat(CheckDigit.append("341071236")).isEqualTo("3410712362");
        assertThat(CheckDigit.append("13104")).isEqualTo("131045");
    }

    @ParameterizedTest
    @ValueSource(strings = {"061304a", "0613 48", "０６１３０４８", "-613048"})
    void computeRejectsNonDigits(String body) {
        assertThatThrownBy(() -> CheckDigit.compute(body))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0613048a", "06130 88", "０６１３０４８８", "", "8"})
    void isValidIsFalseForNonDigitsAndTooShort(String number) {
        assertThat(CheckDigit.isValid(number)).isFalse();
    }
}
