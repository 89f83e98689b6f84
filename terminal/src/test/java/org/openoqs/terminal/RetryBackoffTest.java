package org.openoqs.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    @Test
    void doublesUpToTheCap() {
        RetryBackoff backoff = RetryBackoff.DEFAULT;

        assertThat(backoff.delayAfter(0)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.delayAfter(1000)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void capNotAPowerOfTwoIsStillRespected() {
        assertThat(new RetryBackoff(Duration.ofMillis(300), Duration.ofMillis(1000)).delayAfter(2))
                .isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new RetryBackoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
