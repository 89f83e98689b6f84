package org.openoqs.core.audit;

import java.util.Objects;

/**
 * The result of verifying a chain.
 *
 * @param entries           how many entries were found intact (all of them when {@code problem} is null)
 * @param head              the last intact entry as a head ({@link AuditHead#GENESIS} when there is none)
 * @param problem           what is wrong, or null when the chain is intact
 * @param firstBadSequence  the sequence of the first bad (or first missing) entry, or null when intact
 * @param explanation       the particulars, for an operator; null when intact
 */
public record AuditVerification(long entries, AuditHead head, AuditProblem problem, Long firstBadSequence,
                                String explanation) {

    public AuditVerification {
        Objects.requireNonNull(head, "head");
        if ((problem == null) != (firstBadSequence == null)) {
            throw new IllegalArgumentException("a problem and its sequence go together");
        }
    }

    public static AuditVerification intact(long entries, AuditHead head) {
        return new AuditVerification(entries, head, null, null, null);
    }

    public static AuditVerification broken(long entries, AuditHead lastIntact, AuditProblem problem, long sequence,
                                           String explanation) {
        return new AuditVerification(entries, lastIntact, Objects.requireNonNull(problem), sequence, explanation);
    }

    public boolean intact() {
        return problem == null;
    }

    /** One line for operators: {@code audit chain OK: N entries, head S:H} or where and why it is broken. */
    public String summary() {
        if (intact()) return "audit chain OK: " + entries + " entries, head " + head;
        return "audit chain BROKEN at sequence " + firstBadSequence + ": " + problem.description()
                + (explanation == null ? "" : " (" + explanation + ")");
    }
}
