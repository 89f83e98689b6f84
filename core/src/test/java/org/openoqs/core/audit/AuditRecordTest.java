package org.openoqs.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AuditRecordTest {

    @Test
    void clockReadingsAreKeptToTheMillisecond() {
        LocalDateTime now = LocalDateTime.of(2026, 5, 1, 9, 30, 5, 123_456_789);
        assertThat(AuditRecord.recordedAt(now)).isEqualTo(LocalDateTime.of(2026, 5, 1, 9, 30, 5, 123_000_000));
    }

    @Test
    void sequenceActionAndTimeAreRequired() {
        LocalDateTime t = LocalDateTime.of(2026, 5, 1, 9, 30);
        assertThatThrownBy(() -> new AuditRecord(0, t, AuditAction.CONSENT_GIVEN, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditRecord(1, null, AuditAction.CONSENT_GIVEN, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new AuditRecord(1, t, null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }
}
