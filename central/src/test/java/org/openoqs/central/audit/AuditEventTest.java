package org.openoqs.central.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openoqs.core.audit.AuditAction;
import org.openoqs.core.audit.AuditRecord;

class AuditEventTest {

    @Test
    void becomesTheRecordAtItsPlaceInTheChain() {
        AuditEvent e = new AuditEvent(AuditAction.CONSENT_GIVEN, "1312345679", "PK-1", "PharmacistsInfo", "1", null);
        LocalDateTime at = LocalDateTime.of(2026, 5, 1, 9, 0);
        assertThat(e.toRecord(7, at)).isEqualTo(new AuditRecord(7, at, AuditAction.CONSENT_GIVEN, "1312345679", "PK-1",
                "PharmacistsInfo", "1", null));
    }

    @Test
    void valuesThatTheColumnsCannotHoldAreRefusedToTheirCaller() {
        assertThatThrownBy(() -> new AuditEvent(null, null, null, null, null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new AuditEvent(AuditAction.CARD_LINK, "13123456790", null, null, null, null))
                .hasMessageContaining("institutionCode");
        assertThatThrownBy(() -> new AuditEvent(AuditAction.CARD_LINK, null, "k".repeat(65), null, null, null))
                .hasMessageContaining("personKey");
        assertThatThrownBy(() -> new AuditEvent(AuditAction.CARD_LINK, null, null, "s".repeat(201), null, null))
                .hasMessageContaining("subject");
        assertThatThrownBy(() -> new AuditEvent(AuditAction.CARD_LINK, null, null, null, "o".repeat(41), null))
                .hasMessageContaining("outcome");
        assertThatThrownBy(() -> new AuditEvent(AuditAction.CARD_LINK, null, null, null, null, "d".repeat(1001)))
                .hasMessageContaining("detail");
        assertThatThrownBy(() -> new AuditEvent(AuditAction.CARD_LINK, null, null, null, null, "a\0b"))
                .hasMessageContaining("NUL");
        assertThat(new AuditEvent(AuditAction.CARD_LINK, "1".repeat(10), "k".repeat(64), "s".repeat(200), "o".repeat(40),
                "d".repeat(1000)).detail()).hasSize(1000);
    }
}
