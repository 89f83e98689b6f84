package org.openoqs.app.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonKeyTest {
    @Test
    void keysArePkPlusTenBase32Characters() {
        assertThat(PersonKey.of(1, 0)).matches("PK[0-9A-HJKMNP-TV-Z]{10}").doesNotMatch("\\d{12}");
    }

    @Test
    void keysAreUniqueAcrossManyIndices() {
        Set<String> keys = new HashSet<>();
        for (long i = 0; i < 1_000_000; i++) keys.add(PersonKey.of(7, i));
        assertThat(keys).hasSize(1_000_000);
    }

    @Test
    void keysAreStableAndDependOnTheSeed() {
        assertThat(PersonKey.of(1, 5)).isEqualTo(PersonKey.of(1, 5)).isNotEqualTo(PersonKey.of(2, 5))
                .isNotEqualTo(PersonKey.of(1, 6));
    }

    @Test
    void negativeIndicesAreRejected() {
        assertThatThrownBy(() -> PersonKey.of(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
