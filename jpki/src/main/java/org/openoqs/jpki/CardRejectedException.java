package org.openoqs.jpki;

import java.util.Objects;

/**
 * A card (its certificate, or its signature over a challenge) that {@link CardVerifier} or {@link CardFacts} refuses.
 * The {@link Reason} is meant for callers that answer with a result code; the message says what exactly was wrong, for
 * logs. Messages never contain personal facts.
 */
public final class CardRejectedException extends RuntimeException {

    /** Why a card was refused. */
    public enum Reason {
        /** Not a parseable X.509 certificate, or one without well-formed 基本4情報. */
        MALFORMED,
        /** Not issued by the trust anchor (another CA, a forged signature, or not an end-entity certificate). */
        UNTRUSTED,
        /** Outside its validity period at the verifier's clock (expired or not yet valid). */
        EXPIRED,
        /** On the CRL. */
        REVOKED,
        /** No signature, or one that does not verify over the challenge with the certificate's key. */
        BAD_SIGNATURE
    }

    private final Reason reason;

    public CardRejectedException(Reason reason, String message) {
        this(reason, message, null);
    }

    public CardRejectedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String toString() {
        return "CardRejectedException[" + reason + "]: " + getMessage();
    }
}
