package org.openoqs.core.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * The hash chain of the audit trail: {@code hash = SHA-256(canonical(record) || previousHash)} (see
 * {@link AuditCanonicalForm}), where the first entry's previous hash is {@link #GENESIS_HASH}.
 *
 * <p>What a chain proves, and what it does not:
 * <ul>
 * <li>Editing any field of a stored entry, deleting an entry other than the newest ones, inserting or reordering
 *     entries is detected at the first affected entry — by anyone who merely recomputes the hashes.</li>
 * <li>Deleting the <em>newest</em> entries leaves a shorter chain that is still valid. Only a head kept elsewhere (an
 *     <em>anchor</em>: last sequence and hash) reveals it; pass such anchors to {@link #verify(Iterator, Collection)}.</li>
 * <li>SHA-256 has no key: whoever can write the database and knows this (public) rule can rewrite the chain from any
 *     entry on and recompute every later hash. That, too, is caught only by an anchor at or after the rewritten entry,
 *     so anchors must be kept where such a person cannot reach (central logs its head periodically for this).
 *     Entries appended after the newest anchor are trusted no further than the database itself.</li>
 * </ul>
 */
public final class AuditChain {
    /** The previous hash of the first entry: 64 zeros. */
    public static final String GENESIS_HASH = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();

    private AuditChain() {}

    /** SHA-256 over the canonical form of {@code record} followed by {@code previousHash}, as lower-case hex. */
    public static String hash(AuditRecord record, String previousHash) {
        return HEX.formatHex(sha256().digest(AuditCanonicalForm.encode(record, previousHash)));
    }

    /** Chains {@code record} after {@code head}; the record's sequence must be the head's next. */
    public static StoredAuditRecord append(AuditHead head, AuditRecord record) {
        if (record.sequence() != head.nextSequence()) {
            throw new IllegalArgumentException("entry " + record.sequence() + " cannot follow head " + head.sequence());
        }
        return new StoredAuditRecord(record, head.hash(), hash(record, head.hash()));
    }

    /** Verifies entries given in ascending sequence order, from sequence 1, without anchors. */
    public static AuditVerification verify(Iterator<StoredAuditRecord> records) {
        return verify(records, List.of());
    }

    /**
     * Verifies entries given in ascending sequence order, from sequence 1, and checks that every anchor names an
     * entry of the chain with exactly that hash. Stops at the first bad entry; memory use does not depend on the
     * number of entries.
     */
    public static AuditVerification verify(Iterator<StoredAuditRecord> records, Collection<AuditHead> anchors) {
        return new ChainWalk(anchors).walk(records);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
