package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchDurationsTest {
    @Test
    void readsMillisecondsSecondsAndMinutes() {
        assertThat(BenchDurations.parse("1500ms")).isEqualTo(Duration.ofMillis(1500));
        assertThat(BenchDurations.parse("20s")).isEqualTo(Duration.ofSeconds(20));
        assertThat(BenchDurations.parse(" 2m ")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void writesWhatItReads() {
        assertThat(BenchDurations.parse(BenchDurations.format(Duration.ofSeconds(20)))).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void refusesAnythingElse() {
        assertThatThrownBy(() -> BenchDurations.parse("20")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> BenchDurations.parse("1h")).hasMessageContaining("not a duration");
        assertThatThrownBy(() -> BenchDurations.parse("0s")).hasMessageContaining("positive");
        assertThatThrownBy(() -> BenchDurations.parse(null)).hasMessageContaining("not a duration");
    }

    @Test
    void zeroOnlyWhereItMeansSkip() {
        assertThat(new BenchDurations.OrZero().convert("0s")).isZero();
        assertThat(new BenchDurations.OrZero().convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThatThrownBy(() -> new BenchDurations.OrZero().convert("-1s")).hasMessageContaining("not a duration");
    }
}
