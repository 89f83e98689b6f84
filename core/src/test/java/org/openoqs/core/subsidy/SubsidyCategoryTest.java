package org.openoqs.core.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.institution.InstitutionType;

class SubsidyCategoryTest {

    @Test
    void medicalAndDentalClinicsShareTheClinicRow() {
        assertThat(SubsidyCategory.of(InstitutionType.MEDICAL_CLINIC, false)).isEqualTo(SubsidyCategory.CLINIC);
        assertThat(SubsidyCategory.of(InstitutionType.DENTAL_CLINIC, false)).isEqualTo(SubsidyCategory.CLINIC);
        assertThat(SubsidyCategory.of(InstitutionType.HOSPITAL, false)).isEqualTo(SubsidyCategory.HOSPITAL);
    }

    @Test
    void pharmacyIsLargeChainOnlyWhenItSaysSo() {
        assertThat(SubsidyCategory.of(InstitutionType.PHARMACY, false)).isEqualTo(SubsidyCategory.PHARMACY);
        assertThat(SubsidyCategory.of(InstitutionType.PHARMACY, true))
                .isEqualTo(SubsidyCategory.LARGE_CHAIN_PHARMACY);
    }

    @ParameterizedTest
    @EnumSource(value = InstitutionType.class, names = {"HOSPITAL", "MEDICAL_CLINIC", "DENTAL_CLINIC"})
    void onlyAPharmacyCanBeALargeChain(InstitutionType type) {
        assertThatThrownBy(() -> SubsidyCategory.of(type, true)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("LargeChainPharmacy");
                    assertThat(e.reason()).contains(type.label());
                });
    }

    @Test
    void institutionTypeIsRequired() {
        assertThatThrownBy(() -> SubsidyCategory.of(null, false)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("InstitutionType");
    }

    @Test
    void largeChainStartsAtFortyThousandPrescriptionsAMonth() {
        assertThat(SubsidyCategory.isLargeChainGroup(39_999)).isFalse();
        assertThat(SubsidyCategory.isLargeChainGroup(40_000)).isTrue();
    }

    @Test
    void parsesNamesAndLabels() {
        assertThat(SubsidyCategory.parse("大型チェーン薬局")).isEqualTo(SubsidyCategory.LARGE_CHAIN_PHARMACY);
        assertThat(SubsidyCategory.parse(" CLINIC ")).isEqualTo(SubsidyCategory.CLINIC);
        assertThat(SubsidyCategory.CLINIC.label()).isEqualTo("診療所");
        assertThatThrownBy(() -> SubsidyCategory.parse("MEDICAL_CLINIC")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Category");
    }
}
