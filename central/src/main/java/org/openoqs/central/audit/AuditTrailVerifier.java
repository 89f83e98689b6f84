package org.openoqs.central.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import org.openoqs.core.audit.AuditChain;
import org.openoqs.core.audit.AuditHead;
import org.openoqs.core.audit.AuditProblem;
import org.openoqs.core.audit.AuditVerification;
import org.openoqs.core.audit.StoredAuditRecord;

/**
 * Verifies the stored chain against the head recorded with it ({@code audit_head}) and any heads kept elsewhere
 * (e.g. from central's log). The recorded head is read before the entries and checked again after them: entries
 * appended meanwhile by a running central are verified as chain links; entries beyond the head read afterwards cannot
 * have come from central, which moves the head in the same transaction.
 */
public final class AuditTrailVerifier {
    private final AuditEntryStore store;
    private final int pageSize;

    public AuditTrailVerifier(AuditEntryStore store, int pageSize) {
        this.store = store;
        this.pageSize = pageSize;
    }

    /**
     * @param externalAnchors heads kept outside the database; each must name an entry with exactly that hash
     * @param progress        told the number of entries read so far
     */
    public AuditVerification verify(Collection<AuditHead> externalAnchors, LongConsumer progress) {
        List<AuditHead> anchors = new ArrayList<>(externalAnchors);
        anchors.add(store.head());
        AuditVerification result = AuditChain.verify(counting(store.entries(pageSize), progress), anchors);
        if (!result.intact()) return result;
        AuditHead recorded = store.head();
        if (result.head().sequence() > recorded.sequence()) {
            return AuditVerification.broken(recorded.sequence(), recorded, AuditProblem.BEYOND_HEAD, recorded.nextSequence(),
                    "audit_head is " + recorded + " but entries run to " + result.head().sequence());
        }
        return result;
    }

    private static Iterator<StoredAuditRecord> counting(Iterator<StoredAuditRecord> entries, LongConsumer progress) {
        return new Iterator<>() {
            long read;

            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public StoredAuditRecord next() {
                StoredAuditRecord next = entries.next();
                progress.accept(++read);
                return next;
            }
        };
    }
}
