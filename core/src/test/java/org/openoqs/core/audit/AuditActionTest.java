package org.openoqs.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openoqs.core.code.ReferenceClassification;

class AuditActionTest {

    @Test
    void confirmationsKnowTheirReferenceClassification() {
        assertThat(AuditAction.QUALIFICATION_CONFIRMATION.referenceClassification()).contains(ReferenceClassification.INSURANCE_CARD);
        assertThat(AuditAction.BULK_CONFIRMATION.referenceClassification()).contains(ReferenceClassification.INSURANCE_CARD);
        assertThat(AuditAction.CARD_CONFIRMATION.referenceClassification()).contains(ReferenceClassification.MY_NUMBER_CARD);
        assertThat(AuditAction.CONSENT_GIVEN.referenceClassification()).isEmpty();
    }

    @Test
    void everyActionHasItsOwnJapaneseLabel() {
        assertThat(Arrays.stream(AuditAction.values()).map(AuditAction::label))
                .doesNotHaveDuplicates()
                .allSatisfy(label -> assertThat(label).matches(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}].*"));
    }

    @Test
    void storedNamesAreFoundAgain() {
        assertThat(AuditAction.find("CARD_LINK")).contains(AuditAction.CARD_LINK);
        assertThat(AuditAction.find("card_link")).isEmpty();
        assertThat(AuditAction.find(null)).isEmpty();
    }
}
