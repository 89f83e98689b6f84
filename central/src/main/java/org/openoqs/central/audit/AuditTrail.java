package org.openoqs.central.audit;

import java.util.List;
import org.openoqs.core.audit.AuditVerification;
import org.openoqs.core.audit.StoredAuditRecord;

/**
 * The hash-chained audit trail (SPI). Appends form one total order; an append is durable when it returns, and an
 * append that throws may or may not have been recorded (never half). Other packages that must not depend on this
 * one publish an {@link AuditEvent} as a Spring application event instead ({@link AuditEventListener}).
 */
public interface AuditTrail {

    /** Records one event; durable when it returns. */
    StoredAuditRecord append(AuditEvent event);

    /** Records the events as one contiguous segment of the chain, in one transaction (e.g. the persons of a 一括照会). */
    List<StoredAuditRecord> appendAll(List<AuditEvent> events);

    /** A person's entries, newest first. */
    List<StoredAuditRecord> findByPerson(String personKey, int limit, int offset);

    /** Recomputes the whole chain (streamed, constant memory) against the head recorded with it. */
    AuditVerification verify();
}
