package org.openoqs.core.audit;

import java.util.Objects;

/**
 * The newest entry of a chain as {@code sequence:hash}. Kept outside the chain it is an anchor: it pins down every
 * entry up to it (see {@link AuditChain}). The empty chain's head is {@link #GENESIS}.
 */
public record AuditHead(long sequence, String hash) {
    /** The head of the empty chain: sequence 0 and the genesis previous hash. */
    public static final AuditHead GENESIS = new AuditHead(0, AuditChain.GENESIS_HASH);

    public AuditHead {
        if (sequence < 0) throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        Objects.requireNonNull(hash, "hash");
        if (!isSha256Hex(hash)) {
            throw new IllegalArgumentException("hash must be 64 lower-case hex digits: " + hash);
        }
    }

    /** 64 lower-case hex digits; a loop, not a regex: every audit entry's head is checked as it is chained. */
    private static boolean isSha256Hex(String s) {
        if (s.length() != 64) return false;
        for (int i = 0; i < 64; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) return false;
        }
        return true;
    }

    /** Reads {@code <sequence>:<hash>} as printed by {@link #toString()}. */
    public static AuditHead parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 1) throw new IllegalArgumentException("expected <sequence>:<hash>, got: " + text);
        try {
            return new AuditHead(Long.parseLong(text.substring(0, colon).strip()), text.substring(colon + 1).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected <sequence>:<hash>, got: " + text, e);
        }
    }

    /** The next sequence to append after this head. */
    public long nextSequence() {
        return sequence + 1;
    }

    @Override
    public String toString() {
        return sequence + ":" + hash;
    }
}
