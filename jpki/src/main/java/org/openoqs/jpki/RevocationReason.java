package org.openoqs.jpki;

import org.bouncycastle.asn1.x509.CRLReason;

/** Why a card certificate was revoked, as written in the CRL entry (RFC 5280 CRLReason). */
public enum RevocationReason {
    /** The card was lost or stolen, or its key may be known to someone else (紛失・盗難). */
    KEY_COMPROMISE(CRLReason.keyCompromise),
    /** The card was returned, replaced or its holder died (廃止). */
    CESSATION_OF_OPERATION(CRLReason.cessationOfOperation);

    private final int code;

    RevocationReason(int code) {
        this.code = code;
    }

    /** The RFC 5280 reason code. */
    public int code() {
        return code;
    }
}
