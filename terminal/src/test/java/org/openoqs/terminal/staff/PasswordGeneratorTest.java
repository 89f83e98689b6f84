package org.openoqs.terminal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordGeneratorTest {

    @Test
    void sixteenCharactersWithoutLookAlikesAndNeverTheSame() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = PasswordGenerator.generate();
            assertThat(password).hasSize(16).matches("[A-HJ-NP-Za-km-z2-9]+");
            seen.add(password);
        }
        assertThat(seen).hasSize(200);
    }
}
