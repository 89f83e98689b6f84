package org.openoqs.core.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openoqs.core.InvalidValueException;

class DrugCodeTest {

    @Test
    void readsATwelveCharacterCodeAndItsTherapeuticCategory() {
        DrugCode code = DrugCode.parse("2171022F1020");
        assertThat(code.value()).isEqualTo("2171022F1020");
        assertThat(code.therapeuticCategory()).isEqualTo("2171");
    }

    @Test
    void foldsFullWidthAndLowerCase() {
        assertThat(DrugCode.parse(" ２１７１０２２ｆ１０２０ ").value()).isEqualTo("2171022F1020");
    }

    @Test
    void acceptsGenericNameCodesAndReceiptCodes() {
        assertThat(DrugCode.parse("1149019F1ZZZ").value()).isEqualTo("1149019F1ZZZ");
        DrugCode receipt = DrugCode.parse("620000001");
        assertThat(receipt.therapeuticCategory()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2171022F102", "21710221F020", "2171022F10200", "ABCDEFGHIJKL", "62000000", "2171022-1020"})
    void refusesOtherShapes(String raw) {
        assertThatThrownBy(() -> DrugCode.parse(raw)).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> {
                    assertThat(((InvalidValueException) e).field()).isEqualTo("DrugC");
                    assertThat(((InvalidValueException) e).value()).isEqualTo(raw);
                });
    }

    @Test
    void blankIsRequired() {
        assertThatThrownBy(() -> DrugCode.parse(" ")).hasMessageContaining("required");
    }
}
