package org.openoqs.core.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openoqs.core.fees.PatientMixTest.assertField;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;

class FeeSimulationInputTest {
    static final PatientMix CLINIC = PatientMix.clinic(BigDecimal.ONE, BigDecimal.ONE, 20);
    static final PatientMix PHARMACY = PatientMix.pharmacy(BigDecimal.TEN);

    @Test
    void defaultsToTheLeafletsRoundingAndAssumptions() {
        FeeSimulationInput clinic = FeeSimulationInput.forMonth(FeeSchedule.MEDICAL, YearMonth.of(2024, 12), CLINIC,
                BigDecimal.ZERO, null, null, null, null);
        assertThat(clinic.rounding()).isEqualTo(RoundingStep.DAY);
        assertThat(clinic.counting()).isEqualTo(CardRateCounting.EVERY_PATIENT);
        assertThat(clinic.windows()).isEqualTo(WindowAssumption.RECURRING_PATIENTS);
        assertThat(clinic.dx()).isEqualTo(DxFacts.notFiled());
        assertThat(clinic.date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(clinic.wholeMonth()).isTrue();
        FeeSimulationInput pharmacy = FeeSimulationInput.forMonth(FeeSchedule.PHARMACY, YearMonth.of(2022, 4), PHARMACY,
                BigDecimal.ONE, null, null, null, null);
        assertThat(pharmacy.rounding()).isEqualTo(RoundingStep.MONTH);
    }

    @Test
    void movesToAnotherMonthOrDay() {
        FeeSimulationInput input = FeeSimulationInput.forMonth(FeeSchedule.MEDICAL, YearMonth.of(2022, 4), CLINIC,
                BigDecimal.ZERO, null, null, null, null);
        assertThat(input.withMonth(YearMonth.of(2024, 2)).date()).isEqualTo(LocalDate.of(2024, 2, 29));
        FeeSimulationInput day = input.onDay(LocalDate.of(2024, 12, 1));
        assertThat(day.wholeMonth()).isFalse();
        assertThat(day.month()).isEqualTo(YearMonth.of(2024, 12));
    }

    @Test
    void badInputsNameTheirField() {
        assertField(() -> new FeeSimulationInput(FeeSchedule.MEDICAL, LocalDate.now(), false, CLINIC,
                new BigDecimal("1.2"), null, null, null, null), "cardRate");
        assertField(() -> new FeeSimulationInput(FeeSchedule.PHARMACY, LocalDate.now(), false, PHARMACY,
                BigDecimal.ONE, null, null, RoundingStep.DAY, null), "rounding");
        assertField(() -> new FeeSimulationInput(FeeSchedule.PHARMACY, LocalDate.now(), false, CLINIC,
                BigDecimal.ONE, null, null, null, null), "patientsPerMonth");
        assertField(() -> new FeeSimulationInput(FeeSchedule.DENTAL, LocalDate.now(), false, PHARMACY,
                BigDecimal.ONE, null, null, null, null), "firstVisitsPerDay");
        assertField(() -> new FeeSimulationInput(null, LocalDate.now(), false, PHARMACY, BigDecimal.ONE, null, null,
                null, null), "setting");
        assertField(() -> new FeeSimulationInput(FeeSchedule.PHARMACY, null, false, PHARMACY, BigDecimal.ONE, null,
                null, null, null), "month");
    }
}
