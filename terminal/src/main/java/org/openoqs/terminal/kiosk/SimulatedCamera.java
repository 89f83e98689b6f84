package org.openoqs.terminal.kiosk;

import org.openoqs.jpki.FaceCapture;
import org.openoqs.jpki.VirtualCard;

/**
 * The card reader's camera, simulated: the patient (or a test) picks what the camera sees. With jpki's
 * {@link org.openoqs.jpki.FaceMatcher} a good shot of the card holder scores about 0.97, a poor one (mask, backlight)
 * about 0.68 and a stranger at most 0.34, so at the default threshold of 0.80 [I] the first passes and the others fall
 * back to the PIN.
 */
public enum SimulatedCamera {
    HOLDER_GOOD("本人（良好）", 0.95),
    HOLDER_POOR("本人（マスク・逆光）", 0.30),
    SOMEONE_ELSE("別の人", 0.95);

    private final String label;
    private final double quality;

    SimulatedCamera(String label, double quality) {
        this.label = label;
        this.quality = quality;
    }

    public String label() { return label; }

    /** What the camera captures in front of the reader holding {@code card}. */
    public FaceCapture capture(VirtualCard card) {
        String face = this == SOMEONE_ELSE ? card.faceId() + "-other" : card.faceId();
        return new FaceCapture(face, quality);
    }
}
