package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CardKeyTest {
    @Test
    void aLineRoundTripsIncludingEmptySymbolAndBranch() {
        CardKey legacy = new CardKey("39131014", null, "00000038", null, "19450102");
        assertThat(legacy.toLine()).isEqualTo("39131014\t\t00000038\t\t19450102");
        assertThat(CardKey.parse(legacy.toLine())).isEqualTo(legacy);
        CardKey kanji = new CardKey("01130012", "千代田12", "100001", "01", "19800415");
        assertThat(CardKey.parse(kanji.toLine())).isEqualTo(kanji);
    }

    @Test
    void aBrokenLineIsRefusedByName() {
        assertThatThrownBy(() -> CardKey.parse("01130012\t1234")).hasMessageContaining("5 tab-separated fields");
    }
}
