package org.openoqs.portal.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.openoqs.core.fees.LeafletModelCase;

class FeeFormTest {
    @Test
    void thePresetsCarryTheLeafletsInputs() {
        FeeForm clinic = FeeForm.preset(LeafletModelCase.CLINIC);
        assertThat(clinic.parameters()).containsEntry("setting", "MEDICAL").containsEntry("month", "2022-04")
                .containsEntry("firstVisitsPerDay", "3").containsEntry("revisitsPerDay", "20")
                .containsEntry("daysPerMonth", "20").containsEntry("cardRatePercent", "42.4")
                .containsEntry("counting", "MYNA_PATIENTS_ONLY").containsEntry("rounding", "DAY");
        assertThat(FeeForm.preset(LeafletModelCase.PHARMACY).parameters()).containsEntry("patientsPerMonth", "795")
                .containsEntry("rounding", "MONTH");
    }

    @Test
    void givenFieldsOverrideThePreset() {
        FeeForm merged = FeeForm.preset(LeafletModelCase.CLINIC).overriddenBy(new FeeForm(null, null, "2025-10", null,
                null, null, null, null, "30", null, "on", null, null, null, null, null, null, "2026-03"));
        assertThat(merged.month()).isEqualTo("2025-10");
        assertThat(merged.cardRatePercent()).isEqualTo("30");
        assertThat(merged.firstVisitsPerDay()).isEqualTo("3");
        assertThat(merged.isChecked("dxFiled")).isTrue();
        assertThat(merged.parameters()).containsEntry("until", "2026-03").doesNotContainKey("model");
    }

    @Test
    void theDefaultsAreThisMonthWithEveryPatientCounted() {
        FeeForm f = FeeForm.defaults(YearMonth.of(2026, 11));
        assertThat(f.month()).isEqualTo("2026-11");
        assertThat(f.counting()).isEqualTo("EVERY_PATIENT");
        assertThat(f.isChecked("dxFiled")).isTrue();
        assertThat(f.isChecked("ePrescription")).isFalse();
        assertThat(f.parameters()).doesNotContainKeys("rounding", "usageRatePercent");
    }

    @Test
    void checkboxesAcceptTheUsualSpellings() {
        for (String yes : new String[] {"true", "on", "1", "YES"}) assertThat(FeeForm.checked(yes)).as(yes).isTrue();
        for (String no : new String[] {"false", "off", "", "0"}) assertThat(FeeForm.checked(no)).as(no).isFalse();
        assertThat(FeeForm.checked(null)).isFalse();
    }
}
