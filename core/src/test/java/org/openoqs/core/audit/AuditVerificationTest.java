package org.openoqs.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuditVerificationTest {

    @Test
    void brokenSummaryNamesTheSequenceTheProblemAndTheParticulars() {
        AuditVerification v = AuditVerification.broken(16, AuditHead.GENESIS, AuditProblem.EDITED, 17, "stored a, computed b");
        assertThat(v.intact()).isFalse();
        assertThat(v.summary()).isEqualTo("audit chain BROKEN at sequence 17: hash mismatch: the entry was edited (stored a, computed b)");
    }

    @Test
    void aProblemNeedsASequence() {
        assertThatThrownBy(() -> new AuditVerification(0, AuditHead.GENESIS, AuditProblem.MISSING, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditVerification(0, AuditHead.GENESIS, null, 3L, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
