package org.openoqs.core.audit;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;

/** One pass of {@link AuditChain#verify}: the state carried from one entry to the next. */
final class ChainWalk {
    private final Deque<AuditHead> anchors;
    private long count;
    private AuditHead last = AuditHead.GENESIS;

    ChainWalk(Collection<AuditHead> anchors) {
        this.anchors = new ArrayDeque<>(anchors.stream().sorted(Comparator.comparingLong(AuditHead::sequence)).toList());
    }

    AuditVerification walk(Iterator<StoredAuditRecord> records) {
        AuditVerification problem = checkAnchorsAt(last);
        while (problem == null) {
            StoredAuditRecord entry;
            try {
                if (!records.hasNext()) return end();
                entry = records.next();
            } catch (UnreadableAuditRecordException e) {
                return e.sequence() > last.nextSequence() ? missing(e.sequence())
                        : broken(AuditProblem.EDITED, e.sequence(), e.getMessage());
            }
            problem = check(entry);
            if (problem == null) {
                count++;
                last = entry.head();
                problem = checkAnchorsAt(last);
            }
        }
        return problem;
    }

    private AuditVerification check(StoredAuditRecord entry) {
        long sequence = entry.sequence();
        if (sequence < last.nextSequence()) {
            return broken(AuditProblem.OUT_OF_ORDER, sequence, "sequence " + sequence + " after " + last.sequence());
        }
        if (sequence > last.nextSequence()) return missing(sequence);
        String recomputed = AuditChain.hash(entry.record(), entry.previousHash());
        if (!recomputed.equals(entry.hash())) {
            return broken(AuditProblem.EDITED, sequence, "stored " + entry.hash() + ", computed " + recomputed);
        }
        if (!entry.previousHash().equals(last.hash())) {
            return broken(AuditProblem.BROKEN_LINK, sequence, "previous hash " + entry.previousHash()
                    + ", but entry " + last.sequence() + " has " + last.hash());
        }
        return null;
    }

    /** Anchors must name entries that exist, with their exact hashes. */
    private AuditVerification checkAnchorsAt(AuditHead reached) {
        while (!anchors.isEmpty() && anchors.peekFirst().sequence() == reached.sequence()) {
            AuditHead anchor = anchors.removeFirst();
            if (!anchor.hash().equals(reached.hash())) {
                return broken(AuditProblem.HEAD_MISMATCH, reached.sequence(), "anchored " + anchor + ", found " + reached);
            }
        }
        return null;
    }

    private AuditVerification end() {
        if (anchors.isEmpty()) return AuditVerification.intact(count, last);
        AuditHead newest = anchors.peekLast();
        return broken(AuditProblem.TRUNCATED, last.nextSequence(), "anchored head " + newest + ", but the chain ends at "
                + last.sequence() + ": entries " + last.nextSequence() + "–" + newest.sequence() + " are gone");
    }

    private AuditVerification missing(long found) {
        long expected = last.nextSequence();
        return broken(AuditProblem.MISSING, expected, found - 1 == expected ? "entry " + expected + " is gone"
                : "entries " + expected + "–" + (found - 1) + " are gone");
    }

    private AuditVerification broken(AuditProblem problem, long sequence, String explanation) {
        return AuditVerification.broken(count, last, problem, sequence, explanation);
    }
}
