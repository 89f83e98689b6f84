package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FaceMatchTest {

    @Test
    void passesAtOrAboveTheThreshold() {
        assertThat(new FaceMatch(0.80, 0.80).passed()).isTrue();
        assertThat(new FaceMatch(0.95, 0.80).passed()).isTrue();
        assertThat(new FaceMatch(0.7999, 0.80).passed()).isFalse();
    }

    @Test
    void scoresAndThresholdsLieBetweenZeroAndOne() {
        assertThatThrownBy(() -> new FaceMatch(1.5, 0.8)).hasMessageContaining("score");
        assertThatThrownBy(() -> new FaceMatch(0.5, -0.1)).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new FaceMatch(Double.NaN, 0.8)).isInstanceOf(IllegalArgumentException.class);
    }
}
