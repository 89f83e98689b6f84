package org.openoqs.portal.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FeeFormatTest {
    final FeeFormat fmt = new FeeFormat();

    @Test
    void printsFiguresAsTheLeafletDoes() {
        assertThat(fmt.points(new BigDecimal("1011"))).isEqualTo("1,011");
        assertThat(fmt.points(new BigDecimal("42.824"))).isEqualTo("42.824");
        assertThat(fmt.points(null)).isEqualTo("—");
        assertThat(fmt.yen(103_200L)).isEqualTo("103,200");
        assertThat(fmt.yen(null)).isEqualTo("—");
        assertThat(fmt.count(new BigDecimal("1.2720"))).isEqualTo("1.272");
        assertThat(fmt.percent(new BigDecimal("0.424"))).isEqualTo("42.4%");
    }
}
