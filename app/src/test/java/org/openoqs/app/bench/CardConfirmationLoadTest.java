package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CardConfirmationLoadTest {
    @Test
    void aRoundFillsTheTimeLeftAtTheLastRateWithAMarginAndOneMorePerConnection() {
        assertThat(CardConfirmationLoad.roundFor(3_000, Duration.ofSeconds(5), 32))
                .isEqualTo((int) Math.ceil(3_000 * 5 * CardConfirmationLoad.MARGIN) + 32);
    }

    @Test
    void aRoundIsNeverTinyNorUnbounded() {
        assertThat(CardConfirmationLoad.roundFor(0, Duration.ofSeconds(5), 4)).isEqualTo(CardConfirmationLoad.MIN_ROUND);
        assertThat(CardConfirmationLoad.roundFor(1e9, Duration.ofSeconds(20), 32)).isEqualTo(CardConfirmationLoad.MAX_ROUND);
    }

    @Test
    void roundsAddUpToOneResultPerCall() {
        var none = CardConfirmationLoad.Totals.none();
        assertThat(none.rate()).isZero();
        var window = LoadDriver.Window.empty();
        window.latencies().recordValue(1_000);
        window.latencies().recordValue(3_000);
        var failed = new LoadDriver.Window(new org.HdrHistogram.Histogram(3), 0, 1, "HTTP 500: x");
        var totals = none.plus(window, 0.5, window, 1.0).plus(failed, 0.5, window, 1.0);
        assertThat(totals.challengeSeconds()).isEqualTo(1.0);
        assertThat(totals.challenges().latencies().getTotalCount()).isEqualTo(2);
        assertThat(totals.confirmations().latencies().getTotalCount()).isEqualTo(4);
        assertThat(totals.challenges().errors()).isEqualTo(1);
        assertThat(totals.challenges().firstError()).isEqualTo("HTTP 500: x");
        assertThat(totals.rate()).isEqualTo(2.0);
    }
}
