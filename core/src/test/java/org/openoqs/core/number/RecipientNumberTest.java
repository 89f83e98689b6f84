package org.openoqs.core.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openoqs.core.InvalidValueException;

class RecipientNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"123456", "000001", "987654", "100000"})
    void readsSevenDigitNumbersWithTheirCheckDigit(String body) {
        String number = CheckDigit.append(body);

        RecipientNumber n = RecipientNumber.parse(number);

        assertThat(n.value()).isEqualTo(number).hasSize(7).startsWith(body);
        assertThat(n).hasToString(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "000001"})
    void keepsLeadingZerosAndFoldsFullWidth(String body) {
        String number = CheckDigit.append(body);
        String fullWidth = number.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                .reduce("", String::concat);

        assertThat(RecipientNumber.parse(" " + fullWidth + " ").value()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "000001"})
    void rejectsWrongCheckDigit(String body) {
        int right = CheckDigit.compute(body);
        String wrong = body + (right + 1) % 10;
        assertThatThrownBy(() -> RecipientNumber.parse(wrong))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("BeneficiaryNumber");
                    assertThat(e.value()).isEqualTo(wrong);
                    assertThat(e.reason()).endsWith("expected " + right);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "12345674", "12345a7"})
    void rejectsWrongLengthAndNonDigits(String raw) {
        assertThatThrownBy(() -> RecipientNumber.parse(raw))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("BeneficiaryNumber"));
    }
}
