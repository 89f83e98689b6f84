package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizeLabelTest {
    @Test
    void roundSizesAreShortOthersExact() {
        assertThat(SizeLabel.of(10_000_000)).isEqualTo("10m");
        assertThat(SizeLabel.of(1_000_000)).isEqualTo("1m");
        assertThat(SizeLabel.of(100_000)).isEqualTo("100k");
        assertThat(SizeLabel.of(2_000)).isEqualTo("2k");
        assertThat(SizeLabel.of(1_500_000)).isEqualTo("1500k");
        assertThat(SizeLabel.of(1_500)).isEqualTo("1500");
        assertThat(SizeLabel.of(7)).isEqualTo("7");
    }
}
