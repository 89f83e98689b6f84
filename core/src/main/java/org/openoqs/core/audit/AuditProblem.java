package org.openoqs.core.audit;

/** What {@link AuditChain#verify} found wrong at the first bad entry. */
public enum AuditProblem {
    /** The stored hash is not the hash of the stored fields, or the entry cannot be read. */
    EDITED("hash mismatch: the entry was edited"),
    /** A sequence number is skipped. */
    MISSING("sequence gap: entries were deleted"),
    /** A sequence number repeats or goes back (the reader did not deliver the chain in order). */
    OUT_OF_ORDER("sequence out of order: entries were duplicated or reordered"),
    /** The entry is self-consistent but its previous hash is not the hash of the entry before it. */
    BROKEN_LINK("previous-hash mismatch: an entry was inserted, reordered or replaced before this one"),
    /** An anchored head names an entry whose hash is different. */
    HEAD_MISMATCH("head mismatch: the chain was rewritten up to the anchored head"),
    /** An anchored head lies beyond the last entry. */
    TRUNCATED("truncated: the newest entries were deleted"),
    /** Entries exist after the head central recorded: written outside central, or the head was rolled back. */
    BEYOND_HEAD("entries beyond the recorded head: inserted outside central");

    private final String description;

    AuditProblem(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
