package org.openoqs.central.patient;

import java.nio.file.Path;
import java.util.Optional;
import org.openoqs.jpki.CardWallet;
import org.openoqs.jpki.PinLockedException;
import org.openoqs.jpki.VirtualCard;
import org.openoqs.jpki.WrongPinException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The patient's own card reader (a smartphone's NFC or a USB reader in reality). With virtual cards it reads the card
 * files of a wallet folder ({@code oqs.patient.wallet-dir}); the PIN check and the signature happen "on the card",
 * exactly as at the kiosk, and central then verifies the signature like any other — the verification path never
 * touches a key. This stands in for the reader only; a deployment with real cards replaces this class.
 */
@Component
public class PatientCardReader {
    private final CardWallet wallet;

    public PatientCardReader(@Value("${oqs.patient.wallet-dir:${oqs.data-dir}/generated/cards}") Path walletDir) {
        this.wallet = new CardWallet(walletDir);
    }

    public Optional<VirtualCard> place(String cardId) {
        if (cardId == null || cardId.isBlank()) return Optional.empty();
        return wallet.find(cardId.strip());
    }

    public byte[] sign(String cardId, byte[] challenge, String pin) throws WrongPinException, PinLockedException {
        return wallet.signWithPin(cardId.strip(), challenge, pin);
    }
}
