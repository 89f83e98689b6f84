package org.openoqs.core.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openoqs.core.InvalidValueException;

class PublicExpenseNumberTest {

    @Test
    void readsWorkedExample() {
        PublicExpenseNumber n = PublicExpenseNumber.parse("54016027");

        assertThat(n.value()).isEqualTo("54016027");
        assertThat(n.houbetsu()).isEqualTo(54);
        assertThat(n).hasToString("54016027");
    }

    @Test
    void toleratesFullWidthDigits() {
        assertThat(PublicExpenseNumber.parse("５４０１６０２７").value()).isEqualTo("54016027");
    }

    @Test
    void rejectsWrongCheckDigit() {
        assertThatThrownBy(() -> PublicExpenseNumber.parse("54016028"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("PublicExpenseNumber");
                    assertThat(e.value()).isEqualTo("54016028");
                    assertThat(e.reason()).endsWith("expected 7");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "48", "98"})
    void rejectsInvalidPrefecture(String prefecture) {
        String raw = CheckDigit.append("54" + prefecture + "602");
        assertThatThrownBy(() -> PublicExpenseNumber.parse(raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.reason()).contains("都道府県番号"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5401602", "540160271", "5401602X", " "})
    void rejectsWrongLengthAndNonDigits(String raw) {
        assertThatThrownBy(() -> PublicExpenseNumber.parse(raw))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("PublicExpenseNumber"));
    }
}
