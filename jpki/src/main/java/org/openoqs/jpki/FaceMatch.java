package org.openoqs.jpki;

/**
 * The outcome of comparing a captured face with the face stored on a card: a similarity {@code score} in 0..1 and the
 * {@code threshold} it had to reach. Made by {@link FaceMatcher}; a card signs after a face match only when it
 * {@link #passed()}.
 */
public record FaceMatch(double score, double threshold) {
    public FaceMatch {
        if (!(score >= 0.0 && score <= 1.0)) throw new IllegalArgumentException("score must be between 0 and 1: " + score);
        if (!(threshold >= 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("threshold must be between 0 and 1: " + threshold);
        }
    }

    public boolean passed() {
        return score >= threshold;
    }
}
