package org.openoqs.core.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openoqs.core.code.Prefecture;

class PrefectureWeightsTest {
    @Test
    void apportionedPartsAddUpExactly() {
        for (int total : new int[] {1, 47, 8_192, 229_717}) {
            assertThat(Arrays.stream(PrefectureWeights.apportion(total)).sum()).isEqualTo(total);
        }
    }

    @Test
    void largerPrefecturesGetMore() {
        int[] parts = PrefectureWeights.apportion(229_717);
        assertThat(parts[Prefecture.TOKYO.ordinal()]).isBetween(24_000, 27_000);
        assertThat(parts[Prefecture.YAMANASHI.ordinal()]).isBetween(1_300, 1_600);
        assertThat(PrefectureWeights.population10k(Prefecture.TOTTORI)).isLessThan(PrefectureWeights.population10k(Prefecture.OKINAWA));
    }
}
