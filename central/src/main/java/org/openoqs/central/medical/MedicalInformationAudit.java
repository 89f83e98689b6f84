package org.openoqs.central.medical;

import org.openoqs.central.audit.AuditEvent;
import org.openoqs.central.audit.AuditTrail;
import org.openoqs.core.audit.AuditAction;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts every answer to a 薬剤情報 / 特定健診情報 request on the audit trail, granted or refused, synchronously: the
 * answer leaves central only after its entry is durable, so a patient's 閲覧記録 never misses a view.
 */
@Component
public class MedicalInformationAudit {
    private final AuditTrail audit;

    public MedicalInformationAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    public void viewed(MedicalInformationViewed v) {
        audit.append(new AuditEvent(AuditAction.MEDICAL_INFORMATION_VIEW, clip(v.institutionCode()), v.personKey(),
                v.category().label(), v.outcomeCode(), v.entryCount() + "件"));
    }

    private static String clip(String code) {
        return code == null || code.length() <= 10 ? code : code.substring(0, 10);
    }
}
