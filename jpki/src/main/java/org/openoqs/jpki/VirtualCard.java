package org.openoqs.jpki;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A virtual My Number card's 利用者証明用 application — "the chip": the card's RSA key, its certificate, the PIN with
 * its try counter, and a face stand-in for the photo in the 券面AP.
 *
 * <p>As on the real card the certificate is readable without the PIN, while signing needs the PIN (4 digits, locked
 * after 3 wrong tries in a row; reference oqs-rules §6.3 [C]) or a face match that {@link FaceMatch#passed() passed}.
 * 目視確認 by staff cannot make a card sign.
 *
 * <p><b>Not a secure element.</b> The private key is held in memory and, through {@link CardWallet}, in a plain file;
 * whoever holds the file can sign without the PIN. This is a stand-in for development and tests, never for real
 * people's keys.
 *
 * <p>An instance is safe to share between threads; its PIN counter lives only in memory until the card is saved in a
 * {@link CardWallet} (whose own {@code signWithPin} loads, counts and saves in one step).
 */
public final class VirtualCard {
    /** Tries a fresh (or correctly unlocked) PIN allows. */
    public static final int PIN_TRIES = 3;
    /** Face stand-ins are short tokens, e.g. {@code face-3f9a0c12}. */
    static final Pattern FACE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final String SIGNATURE_ALGORITHM = "SHA256withRSA";

    private final String cardId;
    private final X509Certificate certificate;
    private final PrivateKey privateKey;
    private final PinHash pin;
    private final String faceId;
    private final LocalDate issuedOn;
    private int remainingPinTries; // guarded by this

    VirtualCard(String cardId, X509Certificate certificate, PrivateKey privateKey, PinHash pin, int remainingPinTries,
                String faceId, LocalDate issuedOn) {
        this.cardId = CardId.requireValid(cardId);
        this.certificate = Objects.requireNonNull(certificate, "certificate");
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.pin = Objects.requireNonNull(pin, "pin");
        this.faceId = requireFaceId(faceId);
        this.issuedOn = Objects.requireNonNull(issuedOn, "issuedOn");
        if (remainingPinTries < 0 || remainingPinTries > PIN_TRIES) {
            throw new IllegalArgumentException("remainingPinTries must be between 0 and " + PIN_TRIES + ": " + remainingPinTries);
        }
        this.remainingPinTries = remainingPinTries;
        requireKeyPair(certificate, privateKey);
    }

    static String requireFaceId(String faceId) {
        if (faceId == null || !FACE_ID.matcher(faceId).matches()) {
            throw new IllegalArgumentException("faceId must be 1–64 characters of A–Z a–z 0–9 . _ - : " + faceId);
        }
        return faceId;
    }

    /** The id printed on the card face stand-in, e.g. {@code VC-7K3M-9QX2}; never a number. */
    public String cardId() { return cardId; }

    /** The 利用者証明用電子証明書; readable without the PIN, as on the real card. */
    public X509Certificate certificate() { return certificate; }

    /** The certificate's serial number in upper-case hexadecimal. */
    public String certificateSerial() { return CertificateSerial.hex(certificate); }

    /** The face stand-in stored on the card (the 券面AP photo of the real card). */
    public String faceId() { return faceId; }

    public LocalDate issuedOn() { return issuedOn; }

    public synchronized int remainingPinTries() { return remainingPinTries; }

    public synchronized boolean pinLocked() { return remainingPinTries == 0; }

    /**
     * Checks the PIN and signs {@code challenge} with SHA256withRSA. A wrong PIN counts a try (and locks the card at the
     * third in a row); the right PIN resets the count to 3. A PIN that is not 4 digits is refused with an
     * {@link IllegalArgumentException} before it reaches the card — readers only accept 4 digits — and counts nothing.
     */
    public byte[] signWithPin(byte[] challenge, String pin) throws WrongPinException, PinLockedException {
        requireChallenge(challenge);
        Pin.requireValid(pin);
        checkPin(pin);
        return sign(challenge);
    }

    /** Signs {@code challenge} after a face match; an {@link IllegalStateException} unless the match passed. */
    public byte[] signAfterFaceMatch(byte[] challenge, FaceMatch match) {
        requireChallenge(challenge);
        if (match == null || !match.passed()) {
            throw new IllegalStateException("card " + cardId + " signs only after a face match that passed"
                    + (match == null ? "" : " (score " + match.score() + " < " + match.threshold() + ")"));
        }
        return sign(challenge);
    }

    private synchronized void checkPin(String pin) throws WrongPinException, PinLockedException {
        if (remainingPinTries == 0) throw new PinLockedException(cardId);
        if (!this.pin.matches(pin)) {
            remainingPinTries--;
            throw new WrongPinException(remainingPinTries);
        }
        remainingPinTries = PIN_TRIES;
    }

    private byte[] sign(byte[] challenge) {
        try {
            Signature signature = Signature.getInstance(SIGNATURE_ALGORITHM);
            signature.initSign(privateKey);
            signature.update(challenge);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("card " + cardId + " cannot sign: " + e.getMessage(), e);
        }
    }

    private static void requireChallenge(byte[] challenge) {
        if (challenge == null || challenge.length == 0) throw new IllegalArgumentException("challenge must not be empty");
    }

    private static void requireKeyPair(X509Certificate certificate, PrivateKey key) {
        if (!(certificate.getPublicKey() instanceof RSAPublicKey pub) || !(key instanceof RSAPrivateKey priv)
                || !pub.getModulus().equals(priv.getModulus())) {
            throw new IllegalArgumentException("the card's private key does not belong to its certificate");
        }
    }

    PrivateKey privateKey() { return privateKey; }

    PinHash pinHash() { return pin; }

    @Override
    public String toString() {
        return "VirtualCard[" + cardId + ", serial " + certificateSerial() + "]";
    }
}
