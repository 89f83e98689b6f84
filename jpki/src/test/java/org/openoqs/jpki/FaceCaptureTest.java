package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FaceCaptureTest {

    @Test
    void qualityLiesBetweenZeroAndOne() {
        assertThat(new FaceCapture("face-a", 0.0).quality()).isZero();
        assertThat(new FaceCapture("face-a", 1.0).quality()).isEqualTo(1.0);
        assertThatThrownBy(() -> new FaceCapture("face-a", 1.01)).hasMessageContaining("quality");
        assertThatThrownBy(() -> new FaceCapture("face-a", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaceCapture(null, 0.5)).isInstanceOf(NullPointerException.class);
    }
}
