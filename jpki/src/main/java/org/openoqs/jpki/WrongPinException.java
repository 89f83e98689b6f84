package org.openoqs.jpki;

/**
 * The PIN given to a {@link VirtualCard} was wrong. The card has already counted the try; {@link #remainingTries()} is
 * what is left, and 0 means the card has just locked itself (reference oqs-rules §6.3 [C]: locked after 3 wrong tries).
 */
public final class WrongPinException extends Exception {
    private final int remainingTries;

    public WrongPinException(int remainingTries) {
        super(remainingTries == 0 ? "wrong PIN; the card is now locked"
                : "wrong PIN; " + remainingTries + (remainingTries == 1 ? " try" : " tries") + " left");
        this.remainingTries = remainingTries;
    }

    public int remainingTries() {
        return remainingTries;
    }
}
