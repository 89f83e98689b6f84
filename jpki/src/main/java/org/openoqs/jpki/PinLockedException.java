package org.openoqs.jpki;

/**
 * The card's PIN is locked after three wrong tries in a row (reference oqs-rules §6.3 [C]); it refuses even the right
 * PIN. On the real card only the municipal office can reset it; a kiosk falls back to face matching or 目視確認.
 */
public final class PinLockedException extends Exception {
    public PinLockedException(String cardId) {
        super("the PIN of card " + cardId + " is locked after 3 wrong tries; it can only be reset at the municipal office");
    }
}
