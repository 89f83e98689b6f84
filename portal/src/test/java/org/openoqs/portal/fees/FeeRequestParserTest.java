package org.openoqs.portal.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.openoqs.core.fees.CardRateCounting;
import org.openoqs.core.fees.FeeSimulationInput;
import org.openoqs.core.fees.LeafletModelCase;
import org.openoqs.core.fees.RoundingStep;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;
import org.openoqs.portal.web.FormRejectedException;

class FeeRequestParserTest {
    static FeeForm form(String setting, String month, String cardRate) {
        return new FeeForm(null, setting, month, null, "3", "20", "20", "795", cardRate, null, null, null, null, null,
                null, null, null, null);
    }

    @Test
    void aPresetParsesToTheLeafletsInputs() {
        FeeSimulationInput input = FeeRequestParser.parse(FeeForm.preset(LeafletModelCase.CLINIC));
        assertThat(input).isEqualTo(LeafletModelCase.CLINIC.input());
        assertThat(FeeRequestParser.parse(FeeForm.preset(LeafletModelCase.PHARMACY))).isEqualTo(LeafletModelCase.PHARMACY.input());
    }

    @Test
    void readsPercentMonthsAndDays() {
        FeeSimulationInput month = FeeRequestParser.parse(form("DENTAL", "2024-02", "42.4"));
        assertThat(month.setting()).isEqualTo(FeeSchedule.DENTAL);
        assertThat(month.date()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(month.wholeMonth()).isTrue();
        assertThat(month.cardRate()).isEqualByComparingTo("0.424");
        assertThat(month.rounding()).isEqualTo(RoundingStep.DAY);
        assertThat(month.counting()).isEqualTo(CardRateCounting.EVERY_PATIENT);
        FeeSimulationInput day = FeeRequestParser.parse(new FeeForm(null, "pharmacy", null, "2024-12-02", null, null,
                null, "10.5", "0", "55", "on", "true", "1", "no", "myna_patients_only", "none", null, null));
        assertThat(day.wholeMonth()).isFalse();
        assertThat(day.mix().patientsPerMonth()).isEqualByComparingTo("10.5");
        assertThat(day.dx().usageRate()).isEqualByComparingTo("0.55");
        assertThat(day.dx().filed()).isTrue();
        assertThat(day.dx().pediatric()).isFalse();
        assertThat(day.counting()).isEqualTo(CardRateCounting.MYNA_PATIENTS_ONLY);
        assertThat(day.rounding()).isEqualTo(RoundingStep.NONE);
    }

    @Test
    void collectsEveryBadFieldAtOnce() {
        FeeForm bad = new FeeForm(null, "MEDICAL", "2025-13", null, "x", "-2", "0", null, "", "101", null, null, null,
                null, null, "WEEK", null, null);
        assertThatThrownBy(() -> FeeRequestParser.parse(bad)).isInstanceOf(FormRejectedException.class)
                .satisfies(e -> assertThat(((FormRejectedException) e).problems().asMap()).containsOnlyKeys("month",
                        "firstVisitsPerDay", "revisitsPerDay", "daysPerMonth", "cardRatePercent", "usageRatePercent",
                        "rounding"));
    }

    @Test
    void theSimulatorsOwnRulesAreReportedAtTheFormsField() {
        FeeForm pharmacyByDay = FeeForm.preset(LeafletModelCase.PHARMACY).overriddenBy(new FeeForm(null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, "DAY", null, null));
        assertThatThrownBy(() -> FeeRequestParser.parse(pharmacyByDay))
                .satisfies(e -> assertThat(((FormRejectedException) e).problems().asMap()).containsOnlyKeys("rounding"));
    }

    @Test
    void theSeriesEndsAtTheLaterOfTheMonthAndNow() {
        FeeForm f = form("MEDICAL", "2022-04", "10");
        FeeSimulationInput input = FeeRequestParser.parse(f);
        assertThat(FeeRequestParser.until(f, input, YearMonth.of(2026, 11))).isEqualTo(YearMonth.of(2026, 11));
        FeeForm later = form("MEDICAL", "2027-02", "10");
        assertThat(FeeRequestParser.until(later, FeeRequestParser.parse(later), YearMonth.of(2026, 11)))
                .isEqualTo(YearMonth.of(2027, 2));
        FeeForm tooEarly = new FeeForm(null, "MEDICAL", "2022-04", null, "3", "20", "20", null, "10", null, null, null,
                null, null, null, null, null, "2021-12");
        assertThatThrownBy(() -> FeeRequestParser.until(tooEarly, input, YearMonth.of(2026, 11)))
                .isInstanceOf(FormRejectedException.class);
    }

    @Test
    void anUnknownModelIsNamed() {
        assertThatThrownBy(() -> FeeRequestParser.expand(new FeeForm("hospital", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null)))
                .satisfies(e -> assertThat(((FormRejectedException) e).problems().asMap()).containsKey("model"));
    }
}
