package org.openoqs.jpki;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Simulated face recognition of a card reader: compares a {@link FaceCapture} with the face stand-in stored on a card.
 * The real reader compares a camera photo with the monochrome photo in the card's 券面AP (reference oqs-rules §6.3
 * [C]); the scores and the default threshold here are OpenOQS's own [I].
 *
 * <p>The model is deterministic so that tests and demos can aim at either outcome:
 * <ul>
 *   <li>same person ({@code capture.faceId()} equals the card's): {@code 0.55 + 0.44 × quality}, so a good shot scores
 *       up to 0.99 and a poor shot of the right person can fall below the threshold (at the default 0.80 the shot
 *       needs quality ≥ 0.57) — that is what sends a patient to the PIN;</li>
 *   <li>another person: {@code 0.05 + 0.29 × u}, where {@code u} in [0, 1) comes from a hash of both face ids — some
 *       strangers look more alike than others, but never above 0.34, whatever the quality.</li>
 * </ul>
 */
public final class FaceMatcher {
    /** The threshold callers use unless configured otherwise [I]. */
    public static final double DEFAULT_THRESHOLD = 0.80;
    static final double GENUINE_BASE = 0.55;
    static final double GENUINE_SPAN = 0.44;
    static final double IMPOSTOR_BASE = 0.05;
    static final double IMPOSTOR_SPAN = 0.29;

    private final double threshold;

    /** @param threshold the score a match must reach, in 0..1 (callers default to {@link #DEFAULT_THRESHOLD}) */
    public FaceMatcher(double threshold) {
        if (!(threshold >= 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("face match threshold must be between 0 and 1: " + threshold);
        }
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** Compares the shot with the face stand-in stored on {@code card}. */
    public FaceMatch match(VirtualCard card, FaceCapture capture) {
        return match(card.faceId(), capture);
    }

    /** Compares the shot with an enrolled face stand-in (what a card stores). */
    public FaceMatch match(String enrolledFaceId, FaceCapture capture) {
        Objects.requireNonNull(enrolledFaceId, "enrolledFaceId");
        Objects.requireNonNull(capture, "capture");
        double score = enrolledFaceId.equals(capture.faceId())
                ? GENUINE_BASE + GENUINE_SPAN * capture.quality()
                : IMPOSTOR_BASE + IMPOSTOR_SPAN * resemblance(enrolledFaceId, capture.faceId());
        return new FaceMatch(score, threshold);
    }

    /** The lowest shot quality at which the right person passes; above 1 when this threshold can never be met. */
    public double minimumQualityForMatch() {
        return (threshold - GENUINE_BASE) / GENUINE_SPAN;
    }

    /** A stable value in [0, 1) for a pair of different faces, the same whichever is enrolled. */
    private static double resemblance(String a, String b) {
        String pair = a.compareTo(b) <= 0 ? a + '\u0000' + b : b + '\u0000' + a;
        byte[] digest = sha256(pair.getBytes(StandardCharsets.UTF_8));
        long bits = 0;
        for (int i = 0; i < 7; i++) bits = (bits << 8) | (digest[i] & 0xFF);
        return (bits >>> 3) / (double) (1L << 53);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
