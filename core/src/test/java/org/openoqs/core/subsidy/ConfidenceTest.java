package org.openoqs.core.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openoqs.core.InvalidValueException;

class ConfidenceTest {

    @Test
    void readsTheLegendLetters() {
        assertThat(Confidence.parse("C")).isEqualTo(Confidence.C);
        assertThat(Confidence.parse(" S ")).isEqualTo(Confidence.S);
        assertThat(Confidence.parse("U").meaning()).isEqualTo("unknown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "c", "[C]", "I", "confirmed"})
    void rejectsAnythingElse(String raw) {
        assertThatThrownBy(() -> Confidence.parse(raw)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("Confidence"));
    }
}
