package org.openoqs.core.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;

/** The step, counting and window enums: defaults and the names forms and the CLI use. */
class RoundingStepTest {
    @Test
    void theLeafletRoundsClinicsPerDayAndPharmaciesPerMonth() {
        assertThat(RoundingStep.defaultFor(FeeSchedule.MEDICAL)).isEqualTo(RoundingStep.DAY);
        assertThat(RoundingStep.defaultFor(FeeSchedule.DENTAL)).isEqualTo(RoundingStep.DAY);
        assertThat(RoundingStep.defaultFor(FeeSchedule.PHARMACY)).isEqualTo(RoundingStep.MONTH);
    }

    @Test
    void readsNamesInAnyCase() {
        assertThat(RoundingStep.parse("none")).isEqualTo(RoundingStep.NONE);
        assertThat(CardRateCounting.parse("every_patient")).isEqualTo(CardRateCounting.EVERY_PATIENT);
        assertThat(WindowAssumption.parse("NEW_PATIENTS")).isEqualTo(WindowAssumption.NEW_PATIENTS);
        assertThatThrownBy(() -> RoundingStep.parse("WEEK")).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("rounding");
        assertThatThrownBy(() -> CardRateCounting.parse(null)).extracting("field").isEqualTo("counting");
        assertThatThrownBy(() -> WindowAssumption.parse("")).extracting("field").isEqualTo("windows");
    }

    @Test
    void recurringPatientsEarnOncePerWindow() {
        assertThat(WindowAssumption.RECURRING_PATIENTS.earns(3, 0)).isTrue();
        assertThat(WindowAssumption.RECURRING_PATIENTS.earns(3, 1)).isFalse();
        assertThat(WindowAssumption.RECURRING_PATIENTS.earns(3, 3)).isTrue();
        assertThat(WindowAssumption.RECURRING_PATIENTS.earns(1, 7)).isTrue();
        assertThat(WindowAssumption.NEW_PATIENTS.earns(12, 5)).isTrue();
    }
}
