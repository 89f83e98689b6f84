package org.openoqs.core.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.number.MedicalInstitutionCode;

class InstitutionTypeTest {
    // 341071236 → 2 is 別添２'s worked example (医科); the others are built with the same check digit rule.
    private static final MedicalInstitutionCode MEDICAL = MedicalInstitutionCode.parse("3410712362");

    @Test
    void medicalCodeIsClinicUnlessTheInstitutionSaysHospital() {
        assertThat(InstitutionType.of(MEDICAL, false)).isEqualTo(InstitutionType.MEDICAL_CLINIC);
        assertThat(InstitutionType.of(MEDICAL, true)).isEqualTo(InstitutionType.HOSPITAL);
    }

    @Test
    void dentalAndPharmacyComeFromTheFeeSchedule() {
        MedicalInstitutionCode dental = withCheckDigit("133013000");
        MedicalInstitutionCode pharmacy = withCheckDigit("134014000");
        assertThat(InstitutionType.of(dental, false)).isEqualTo(InstitutionType.DENTAL_CLINIC);
        assertThat(InstitutionType.of(dental, true)).isEqualTo(InstitutionType.HOSPITAL);
        assertThat(InstitutionType.of(pharmacy, false)).isEqualTo(InstitutionType.PHARMACY);
        assertThatThrownBy(() -> InstitutionType.of(pharmacy, true)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("薬局");
    }

    @Test
    void parsesNamesAndLabels() {
        assertThat(InstitutionType.parse("歯科診療所")).isEqualTo(InstitutionType.DENTAL_CLINIC);
        assertThat(InstitutionType.parse(" hospital ")).isEqualTo(InstitutionType.HOSPITAL);
        assertThatThrownBy(() -> InstitutionType.parse("介護施設")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("InstitutionType");
    }

    private static MedicalInstitutionCode withCheckDigit(String body) {
        return MedicalInstitutionCode.parse(org.openoqs.core.number.CheckDigit.append(body));
    }
}
