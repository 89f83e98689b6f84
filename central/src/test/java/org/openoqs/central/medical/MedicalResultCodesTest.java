package org.openoqs.central.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openoqs.core.consent.ConsentCategory;

class MedicalResultCodesTest {

    @Test
    void everyOutcomeHasADistinctCodeAndOnlySuccessIsOne() {
        MedicalResultCodes codes = new MedicalResultCodes();
        assertThat(codes.code(MedicalOutcome.GRANTED)).isEqualTo("1");
        assertThat(java.util.Arrays.stream(MedicalOutcome.values()).map(codes::code)).doesNotHaveDuplicates()
                .hasSize(MedicalOutcome.values().length);
    }

    @Test
    void messagesNameTheCategoryAndCarryTheDetail() {
        MedicalResultCodes codes = new MedicalResultCodes();
        assertThat(codes.message(MedicalOutcome.NO_CONSENT, ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO, null))
                .isEqualTo("同意なし：特定健診情報の閲覧同意がありません。");
        assertThat(codes.message(MedicalOutcome.INVALID_INPUT, ConsentCategory.PHARMACISTS_INFO, "StartDate: x"))
                .isEqualTo("入力誤り：要求内容に誤りがあります。（StartDate: x）");
        assertThat(codes.message(MedicalOutcome.GRANTED, ConsentCategory.PHARMACISTS_INFO, null)).isNull();
        assertThat(codes.note("no-diagnosis", ConsentCategory.PHARMACISTS_INFO)).contains("薬剤情報のみ");
    }

    @Test
    void configuredEntriesOverrideOneByOneAndKeepWhatTheyDoNotSay() {
        MedicalResultCodes codes = new MedicalResultCodes();
        codes.setOutcomes(Map.of("no-consent", new MedicalResultCodes.Entry("X01", null),
                "multiple", new MedicalResultCodes.Entry(null, "複数です")));
        codes.setNotes(Map.of("pdf-as-xml", "XMLで回答"));
        assertThat(codes.code(MedicalOutcome.NO_CONSENT)).isEqualTo("X01");
        assertThat(codes.message(MedicalOutcome.NO_CONSENT, ConsentCategory.PHARMACISTS_INFO, null)).startsWith("同意なし");
        assertThat(codes.code(MedicalOutcome.MULTIPLE)).isEqualTo("E1102");
        assertThat(codes.message(MedicalOutcome.MULTIPLE, ConsentCategory.PHARMACISTS_INFO, null)).isEqualTo("複数です");
        assertThat(codes.code(MedicalOutcome.NOT_FOUND)).isEqualTo("E1101");
        assertThat(codes.note("pdf-as-xml", ConsentCategory.PHARMACISTS_INFO)).isEqualTo("XMLで回答");
        assertThatThrownBy(() -> codes.note("other", ConsentCategory.PHARMACISTS_INFO)).isInstanceOf(IllegalArgumentException.class);
    }
}
