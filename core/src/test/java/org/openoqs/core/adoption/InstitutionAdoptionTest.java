package org.openoqs.core.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openoqs.core.code.Prefecture.TOKYO;
import static org.openoqs.core.code.Prefecture.YAMANASHI;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.institution.InstitutionType;

class InstitutionAdoptionTest {
    private final InstitutionAdoption clinic = Institutions.of(YAMANASHI, InstitutionType.MEDICAL_CLINIC, 1, true,
            "2021-06-01", "2021-09-01", "2022-01-10", "2022-02-01");

    @Test
    void stageOnADateIsTheLastStageReachedByThen() {
        assertThat(clinic.stageOn(LocalDate.of(2021, 5, 31))).isEqualTo(AdoptionStage.NOT_STARTED);
        assertThat(clinic.stageOn(LocalDate.of(2021, 6, 1))).isEqualTo(AdoptionStage.CARD_READER_APPLIED);
        assertThat(clinic.stageOn(LocalDate.of(2021, 12, 31))).isEqualTo(AdoptionStage.USAGE_APPLIED);
        assertThat(clinic.stageOn(LocalDate.of(2022, 1, 31))).isEqualTo(AdoptionStage.READY);
        assertThat(clinic.stageOn(LocalDate.of(2022, 2, 1))).isEqualTo(AdoptionStage.OPERATING);
        assertThat(clinic.reachedOn(AdoptionStage.READY)).isEqualTo(LocalDate.of(2022, 1, 10));
        assertThat(clinic.reachedOn(AdoptionStage.NOT_STARTED)).isNull();
    }

    @Test
    void stagesMustComeInOrderWithoutGaps() {
        assertThatThrownBy(() -> Institutions.of(YAMANASHI, InstitutionType.MEDICAL_CLINIC, 1, true,
                "2022-06-01", "2022-05-01")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("UsageAppliedOn").hasMessageContaining("before CardReaderAppliedOn");
        assertThatThrownBy(() -> Institutions.of(YAMANASHI, InstitutionType.MEDICAL_CLINIC, 1, true,
                "2022-06-01", null, "2022-07-01")).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("UsageAppliedOn"));
    }

    @Test
    void prefectureAndTypeMustFitTheCode() {
        InstitutionAdoption pharmacy = Institutions.of(TOKYO, InstitutionType.PHARMACY, 2, true);
        assertThatThrownBy(() -> new InstitutionAdoption(pharmacy.medicalInstitutionCode(), YAMANASHI,
                InstitutionType.PHARMACY, "x", true, null, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("PrefectureCode");
        assertThatThrownBy(() -> new InstitutionAdoption(pharmacy.medicalInstitutionCode(), TOKYO,
                InstitutionType.HOSPITAL, "x", true, null, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("点数表番号 4");
        assertThatThrownBy(() -> new InstitutionAdoption(pharmacy.medicalInstitutionCode(), TOKYO,
                InstitutionType.PHARMACY, " ", true, null, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("InstitutionName");
    }

    @Test
    void aHospitalMayHaveAMedicalOrDentalCode() {
        InstitutionAdoption dental = Institutions.of(TOKYO, InstitutionType.DENTAL_CLINIC, 3, true);
        assertThat(new InstitutionAdoption(dental.medicalInstitutionCode(), TOKYO, InstitutionType.HOSPITAL, "歯科大学病院",
                true, null, null, null, null).institutionType()).isEqualTo(InstitutionType.HOSPITAL);
    }

    @Test
    void impliedFillsEarlierStagesFromLaterOnes() {
        InstitutionAdoption implied = InstitutionAdoption.implied(clinic.medicalInstitutionCode(),
                InstitutionType.MEDICAL_CLINIC, "山梨クリニック", true, LocalDate.of(2023, 5, 1), null,
                LocalDate.of(2023, 3, 1), null);
        assertThat(implied.cardReaderAppliedOn()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(implied.usageAppliedOn()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(implied.readyOn()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(implied.operatingOn()).isNull();
        assertThat(implied.prefecture()).isEqualTo(YAMANASHI);
    }

    @Test
    void mergingTakesTheEarliestDateOfEachStage() {
        InstitutionAdoption portal = InstitutionAdoption.implied(clinic.medicalInstitutionCode(),
                InstitutionType.MEDICAL_CLINIC, "other name", false, LocalDate.of(2021, 7, 1),
                LocalDate.of(2021, 8, 1), null, null);
        InstitutionAdoption merged = clinic.mergedWith(portal);
        assertThat(merged.cardReaderAppliedOn()).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(merged.usageAppliedOn()).isEqualTo(LocalDate.of(2021, 8, 1));
        assertThat(merged.operatingOn()).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(merged.institutionName()).isEqualTo(clinic.institutionName());
        assertThatThrownBy(() -> clinic.mergedWith(Institutions.of(TOKYO, InstitutionType.PHARMACY, 1, true)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
