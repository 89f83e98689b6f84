package org.openoqs.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openoqs.core.InvalidValueException;

class OqsCodeTest {

    /** Every code table in the package; a new table must be added here. */
    static Stream<Class<? extends OqsCode>> tables() {
        return Stream.of(CharacterCodeIdentifier.class, InsuredCardClassification.class,
                LimitApplicationCertificateClassification.class, LimitApplicationCertificateClassificationFlag.class,
                LimitConsentFlag.class, PersonalFamilyClassification.class, PreschoolClassification.class,
                ProcessingResultStatus.class, QualificationValidity.class, ReasonOfLoss.class,
                ReferenceClassification.class, SegmentOfResult.class, Sex.class);
    }

    @ParameterizedTest
    @MethodSource("tables")
    void codesAreUniqueAndLabelsPresent(Class<? extends OqsCode> table) {
        List<String> codes = Arrays.stream(table.getEnumConstants()).map(OqsCode::code).toList();

        assertThat(codes).isNotEmpty().doesNotHaveDuplicates().allSatisfy(c -> assertThat(c).isNotBlank().doesNotContainAnyWhitespaces());
        assertThat(table.getEnumConstants()).allSatisfy(e -> assertThat(e.label()).isNotBlank());
    }

    @Test
    void findsCodesFromSeveralTables() {
        assertThat(OqsCode.find(QualificationValidity.class, "1")).contains(QualificationValidity.VALID);
        assertThat(OqsCode.find(QualificationValidity.class, "3")).contains(QualificationValidity.INVALID_NEWER_EXISTS);
        assertThat(OqsCode.find(QualificationValidity.class, "5")).contains(QualificationValidity.MULTIPLE);
        assertThat(OqsCode.find(InsuredCardClassification.class, "A1")).contains(InsuredCardClassification.MEDICAL_AID);
        assertThat(OqsCode.find(InsuredCardClassification.class, "07")).contains(InsuredCardClassification.SELF_DEFENSE);
        assertThat(OqsCode.find(ReasonOfLoss.class, "99")).contains(ReasonOfLoss.OTHER);
        assertThat(OqsCode.find(SegmentOfResult.class, "9")).contains(SegmentOfResult.ABNORMAL);
        assertThat(OqsCode.find(Sex.class, "2")).contains(Sex.FEMALE);
        assertThat(OqsCode.find(LimitApplicationCertificateClassificationFlag.class, "B09"))
                .contains(LimitApplicationCertificateClassificationFlag.B09);
        assertThat(OqsCode.find(CharacterCodeIdentifier.class, "1")).contains(CharacterCodeIdentifier.SHIFT_JIS);
    }

    @Test
    void parseReturnsTheConstant() {
        assertThat(OqsCode.parse(ReasonOfLoss.class, "ReasonOfLoss", "01")).isEqualTo(ReasonOfLoss.DEATH);
        assertThat(OqsCode.parse(PersonalFamilyClassification.class, "PersonalFamilyClassification", "2"))
                .isEqualTo(PersonalFamilyClassification.DEPENDANT);
        assertThat(OqsCode.parse(ReferenceClassification.class, "ReferenceClassification", "2"))
                .isEqualTo(ReferenceClassification.INSURANCE_CARD);
    }

    @Test
    void labelsFollowTheReferenceTable() {
        assertThat(QualificationValidity.INVALID_NEWER_EXISTS.label()).isEqualTo("無効（新しい資格あり）");
        assertThat(QualificationValidity.NOT_FOUND.label()).isEqualTo("該当資格なし");
        assertThat(InsuredCardClassification.GENERAL.label()).isEqualTo("被保険者証（一般）");
        assertThat(ReasonOfLoss.OTHER_INSURANCE.label()).isEqualTo("医療保険等の資格取得");
        assertThat(LimitApplicationCertificateClassificationFlag.A01.label()).isEqualTo("ア");
    }

    @Test
    void leadingZerosAreSignificant() {
        assertThat(OqsCode.find(ReasonOfLoss.class, "1")).isEmpty();
        assertThat(OqsCode.find(InsuredCardClassification.class, "1")).isEmpty();
        assertThat(OqsCode.find(QualificationValidity.class, "01")).isEmpty();
        assertThat(OqsCode.find(LimitApplicationCertificateClassificationFlag.class, "A1")).isEmpty();
        assertThatThrownBy(() -> OqsCode.parse(ReasonOfLoss.class, "ReasonOfLoss", "1"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void codesAreCaseAndSpaceSensitive() {
        assertThat(OqsCode.find(InsuredCardClassification.class, "a1")).isEmpty();
        assertThat(OqsCode.find(Sex.class, " 1")).isEmpty();
        assertThat(OqsCode.find(Sex.class, null)).isEmpty();
    }

    @Test
    void unknownCodeNamesTheFieldAndTheAllowedCodes() {
        assertThatThrownBy(() -> OqsCode.parse(QualificationValidity.class, "QualificationValidity", "7"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("QualificationValidity");
                    assertThat(e.value()).isEqualTo("7");
                    assertThat(e.reason()).contains("unknown code").contains("[1, 2, 3, 4, 5, 6]");
                    assertThat(e.getMessage()).startsWith("QualificationValidity: ");
                });
        assertThatThrownBy(() -> OqsCode.parse(Sex.class, "Sex1", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Sex1");
                    assertThat(e.value()).isNull();
                });
    }
}
