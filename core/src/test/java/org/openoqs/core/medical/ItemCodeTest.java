package org.openoqs.core.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openoqs.core.InvalidValueException;

class ItemCodeTest {

    @Test
    void readsSeventeenCharacters() {
        assertThat(ItemCode.parse("3d046000001906202").value()).isEqualTo("3D046000001906202");
        assertThat(ItemCode.parse("9N001000000000001")).hasToString("9N001000000000001");
    }

    @Test
    void refusesOtherLengthsAndCharacters() {
        assertThatThrownBy(() -> ItemCode.parse("3D04600000190620")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ItemCode").hasMessageContaining("17-character");
        assertThatThrownBy(() -> ItemCode.parse("3D046000001906-02")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ItemCode.parse(null)).hasMessageContaining("required");
    }
}
