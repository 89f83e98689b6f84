package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CardIdTest {

    @Test
    void randomIdsHaveTheCardFormatAndNeverLookLikeAMyNumber() {
        SecureRandom random = new SecureRandom();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String id = CardId.random(random);
            assertThat(id).matches("VC-[0-9A-Z]{4}-[0-9A-Z]{4}").doesNotContain("I", "L", "O", "U")
                    .doesNotMatch(".*\\d{12}.*");
            assertThat(CardId.isValid(id)).isTrue();
            ids.add(id);
        }
        assertThat(ids).hasSizeGreaterThan(1_990);
    }

    @Test
    void validation() {
        assertThat(CardId.isValid("VC-7K3M-9QX2")).isTrue();
        assertThat(CardId.isValid("vc-7k3m-9qx2")).isFalse();
        assertThat(CardId.isValid("VC-7K3M-9QXI")).as("I is not Crockford").isFalse();
        assertThat(CardId.isValid("123456789012")).isFalse();
        assertThat(CardId.isValid("../VC-7K3M-9QX2")).isFalse();
        assertThat(CardId.isValid(null)).isFalse();
        assertThatThrownBy(() -> CardId.requireValid("123456789012")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cardId");
        assertThat(CardId.requireValid("VC-0000-ZZZZ")).isEqualTo("VC-0000-ZZZZ");
    }
}
