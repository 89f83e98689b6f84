package org.openoqs.core.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;

/** The presets hold the leaflet's inputs; the figures they give are checked in {@link FeeAdditionSimulatorTest}. */
class LeafletModelCaseTest {
    @Test
    void theClinicIs3FirstAnd20RevisitPatientsOn20Days() {
        FeeSimulationInput input = LeafletModelCase.CLINIC.input();
        assertThat(input.setting()).isEqualTo(FeeSchedule.MEDICAL);
        assertThat(input.mix().firstVisitsPerDay()).isEqualByComparingTo("3");
        assertThat(input.mix().revisitsPerDay()).isEqualByComparingTo("20");
        assertThat(input.mix().daysPerMonth()).isEqualTo(20);
        assertThat(input.cardRate()).isEqualByComparingTo("0.424");
        assertThat(input.counting()).isEqualTo(CardRateCounting.MYNA_PATIENTS_ONLY);
        assertThat(input.rounding()).isEqualTo(RoundingStep.DAY);
        assertThat(input.date()).isEqualTo(LocalDate.of(2022, 4, 30));
    }

    @Test
    void thePharmacyIs795PatientsAMonthRoundedPerMonth() {
        FeeSimulationInput input = LeafletModelCase.PHARMACY.input();
        assertThat(input.setting()).isEqualTo(FeeSchedule.PHARMACY);
        assertThat(input.mix().patientsPerMonth()).isEqualByComparingTo("795");
        assertThat(input.rounding()).isEqualTo(RoundingStep.MONTH);
        assertThat(LeafletModelCase.PHARMACY.description()).contains("795");
    }

    @Test
    void readsTheCliNames() {
        assertThat(LeafletModelCase.parse("clinic")).isEqualTo(LeafletModelCase.CLINIC);
        assertThat(LeafletModelCase.parse(" PHARMACY ")).isEqualTo(LeafletModelCase.PHARMACY);
        assertThatThrownBy(() -> LeafletModelCase.parse("hospital")).isInstanceOf(InvalidValueException.class);
    }
}
