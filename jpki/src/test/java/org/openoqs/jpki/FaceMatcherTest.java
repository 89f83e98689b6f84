package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FaceMatcherTest {
    private final FaceMatcher matcher = new FaceMatcher(FaceMatcher.DEFAULT_THRESHOLD);

    @Test
    void theRightPersonInAGoodShotPasses() {
        FaceMatch match = matcher.match("face-a", new FaceCapture("face-a", 0.9));
        assertThat(match.score()).isCloseTo(0.55 + 0.44 * 0.9, within(1e-12));
        assertThat(match.threshold()).isEqualTo(0.80);
        assertThat(match.passed()).isTrue();
    }

    @Test
    void anotherPersonFailsWhateverTheQuality() {
        for (int i = 0; i < 500; i++) {
            FaceMatch match = matcher.match("face-a", new FaceCapture("face-" + i, 1.0));
            assertThat(match.score()).isBetween(0.05, 0.34);
            assertThat(match.passed()).isFalse();
        }
    }

    @Test
    void aPoorShotOfTheRightPersonFails() {
        assertThat(matcher.match("face-a", new FaceCapture("face-a", 0.3)).passed()).isFalse();
        assertThat(matcher.match("face-a", new FaceCapture("face-a", 0.0)).score()).isCloseTo(0.55, within(1e-12));
    }

    @Test
    void theQualityNeededToPassFollowsTheThreshold() {
        double needed = matcher.minimumQualityForMatch();
        assertThat(needed).isCloseTo(0.25 / 0.44, within(1e-12));
        assertThat(matcher.match("face-a", new FaceCapture("face-a", needed + 1e-9)).passed()).isTrue();
        assertThat(matcher.match("face-a", new FaceCapture("face-a", needed - 1e-3)).passed()).isFalse();
        assertThat(new FaceMatcher(0.5).match("face-a", new FaceCapture("face-a", 0.0)).passed()).isTrue();
    }

    @Test
    void scoresAreDeterministicAndTheSameWhicheverFaceIsEnrolled() {
        double ab = matcher.match("face-a", new FaceCapture("face-b", 0.7)).score();
        assertThat(matcher.match("face-a", new FaceCapture("face-b", 0.7)).score()).isEqualTo(ab);
        assertThat(matcher.match("face-b", new FaceCapture("face-a", 0.2)).score()).isEqualTo(ab);
        assertThat(matcher.match("face-a", new FaceCapture("face-c", 0.7)).score()).isNotEqualTo(ab);
    }

    @Test
    void theCardsFaceIsWhatIsCompared() {
        VirtualCard card = TestJpki.card();
        assertThat(matcher.match(card, new FaceCapture(TestJpki.FACE, 0.95)).passed()).isTrue();
        assertThat(matcher.match(card, new FaceCapture("face-someone-else", 0.95)).passed()).isFalse();
    }

    @Test
    void theThresholdMustBeAScore() {
        assertThatThrownBy(() -> new FaceMatcher(1.2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new FaceMatcher(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new FaceMatcher(0.7).threshold()).isEqualTo(0.7);
    }
}
