package org.openoqs.central.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Lets any package audit without depending on this one: {@code publisher.publishEvent(new AuditEvent(…))}. Spring
 * delivers it synchronously on the publisher's thread, so when {@code publishEvent} returns the entry is durable, and
 * when the append fails the publisher gets the {@link AuditWriteException} — its action fails with it. The append is
 * not part of the publisher's transaction: publish before committing what is being audited, so that nothing is done
 * without an entry (a rolled-back action then leaves an entry of the attempt, never the reverse).
 */
@Component
public class AuditEventListener {
    private final AuditTrail trail;

    public AuditEventListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    public void on(AuditEvent event) {
        trail.append(event);
    }
}
