package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PinHashTest {
    private final SecureRandom random = new SecureRandom();

    @Test
    void matchesOnlyThePin() {
        PinHash hash = PinHash.of("0420", random);
        assertThat(hash.matches("0420")).isTrue();
        assertThat(hash.matches("0421")).isFalse();
        assertThat(hash.matches("420")).isFalse();
    }

    @Test
    void theSamePinHashesDifferentlyEachTime() {
        PinHash a = PinHash.of("1234", random);
        PinHash b = PinHash.of("1234", random);
        assertThat(a.salt()).isNotEqualTo(b.salt());
        assertThat(a.hash()).isNotEqualTo(b.hash());
        assertThat(a).isNotEqualTo(b);
        assertThat(new PinHash(a.salt(), a.hash(), a.iterations())).isEqualTo(a);
    }

    @Test
    void onlyFourAsciiDigitsAreAPinAndTheMessageNeverRepeatsIt() {
        for (String bad : new String[] {"123", "12345", "12a4", "１２３４", "", " 123"}) {
            assertThatThrownBy(() -> PinHash.of(bad, random)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("pin must be exactly 4 ASCII digits").hasMessageNotContaining(bad.isEmpty() ? "\u0000" : bad);
        }
        assertThatThrownBy(() -> PinHash.of(null, random)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storedValuesAreChecked() {
        PinHash good = PinHash.of("1234", random);
        assertThatThrownBy(() -> new PinHash(new byte[4], good.hash(), 10_000)).hasMessageContaining("PinSalt");
        assertThatThrownBy(() -> new PinHash(good.salt(), new byte[5], 10_000)).hasMessageContaining("PinHash");
        assertThatThrownBy(() -> new PinHash(good.salt(), good.hash(), 10)).hasMessageContaining("PinIterations");
    }

    @Test
    void toStringRevealsNothing() {
        assertThat(PinHash.of("1234", random).toString()).doesNotContain("1234").contains("PBKDF2");
    }
}
