package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CardConfirmationLoadTest {
    @Test
    void aBatchCoversTheWindowAtTheWarmUpRateWithAMarginAndOneMorePerConnection() {
        assertThat(CardConfirmationLoad.batchFor(3_000, Duration.ofSeconds(5), 32))
                .isEqualTo((int) Math.ceil(3_000 * 5 * CardConfirmationLoad.MARGIN) + 32);
    }

    @Test
    void aBatchIsNeverTinyNorUnbounded() {
        assertThat(CardConfirmationLoad.batchFor(0, Duration.ofSeconds(5), 4)).isEqualTo(CardConfirmationLoad.MIN_ROUND);
        assertThat(CardConfirmationLoad.batchFor(1e9, Duration.ofSeconds(20), 32)).isEqualTo(CardConfirmationLoad.MAX_PREPARED);
    }
}
