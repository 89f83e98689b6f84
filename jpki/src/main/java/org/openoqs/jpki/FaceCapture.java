package org.openoqs.jpki;

import java.util.Objects;

/**
 * A simulated camera shot at the card reader: whose face it shows ({@code faceId}, the same stand-in a card stores) and
 * how good the shot is, from 0 (unusable) to 1 (ideal lighting, frontal, still).
 */
public record FaceCapture(String faceId, double quality) {
    public FaceCapture {
        Objects.requireNonNull(faceId, "faceId");
        if (!(quality >= 0.0 && quality <= 1.0)) {
            throw new IllegalArgumentException("quality must be between 0 and 1: " + quality);
        }
    }
}
