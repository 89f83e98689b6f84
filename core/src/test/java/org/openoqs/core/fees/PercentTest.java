package org.openoqs.core.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentTest {
    @Test
    void convertsBetweenPercentAndShare() {
        assertThat(Percent.toShare(new BigDecimal("42.4"))).isEqualByComparingTo("0.424");
        assertThat(Percent.ofShare(new BigDecimal("0.424")).toPlainString()).isEqualTo("42.4");
        assertThat(Percent.ofShare(new BigDecimal("0.10")).toPlainString()).isEqualTo("10");
    }

    @Test
    void formatsWithAtMostTwoDecimals() {
        assertThat(Percent.format(new BigDecimal("0.45"))).isEqualTo("45%");
        assertThat(Percent.format(new BigDecimal("0.1"))).isEqualTo("10%");
        assertThat(Percent.format(new BigDecimal("0.12345"))).isEqualTo("12.35%");
        assertThat(Percent.format(BigDecimal.ZERO)).isEqualTo("0%");
    }
}
