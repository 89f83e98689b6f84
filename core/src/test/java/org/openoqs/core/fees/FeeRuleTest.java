package org.openoqs.core.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;
import org.openoqs.core.subsidy.Confidence;

class FeeRuleTest {
    static FeeRule rule(String label, FeeVariant variant, Integer points, int window, String from, String to) {
        return new FeeRule("R-1", "IA", "医療情報取得加算", label, FeeSchedule.MEDICAL, FeeVisit.REVISIT, variant, null,
                points, window, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                points == null ? Confidence.U : Confidence.C, "src", null);
    }

    @Test
    void isInForceFromItsFirstToItsLastDayIncluded() {
        FeeRule r = rule("加算3（再診）", FeeVariant.NO_MYNA, 2, 3, "2024-06-01", "2024-12-01");
        assertThat(r.inForceOn(LocalDate.of(2024, 5, 31))).isFalse();
        assertThat(r.inForceOn(LocalDate.of(2024, 6, 1))).isTrue();
        assertThat(r.inForceOn(LocalDate.of(2024, 12, 1))).isTrue();
        assertThat(r.inForceOn(LocalDate.of(2024, 12, 2))).isFalse();
        assertThat(rule("x", FeeVariant.ANY, 1, 1, "2024-12-02", null).inForceOn(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void describesItsWindowAndName() {
        FeeRule r = rule("加算3（再診）", FeeVariant.NO_MYNA, 2, 3, "2024-06-01", "2024-12-01");
        assertThat(r.windowLabel()).isEqualTo("3月に1回");
        assertThat(r.timesPerYear()).isEqualTo(4);
        assertThat(r.displayName()).isEqualTo("医療情報取得加算 加算3（再診）");
        assertThat(rule("医療情報取得加算", FeeVariant.ANY, 1, 1, "2024-12-02", null).displayName()).isEqualTo("医療情報取得加算");
        assertThat(rule("x", FeeVariant.ANY, 1, 1, "2024-12-02", null).windowLabel()).isEqualTo("月1回");
    }

    @Test
    void overlapsWhenTheyShareADay() {
        FeeRule a = rule("a", FeeVariant.MYNA, 1, 1, "2024-06-01", "2024-12-01");
        assertThat(a.overlaps(rule("b", FeeVariant.MYNA, 1, 1, "2024-12-01", null))).isTrue();
        assertThat(a.overlaps(rule("b", FeeVariant.MYNA, 1, 1, "2024-12-02", null))).isFalse();
    }

    @Test
    void unknownPointsNeedConfidenceU() {
        assertThat(rule("x", FeeVariant.ANY, null, 1, "2025-04-01", null).pointsKnown()).isFalse();
        assertThatThrownBy(() -> new FeeRule("R", "A", "N", "L", FeeSchedule.MEDICAL, FeeVisit.FIRST, FeeVariant.ANY,
                null, null, 1, LocalDate.of(2025, 4, 1), null, Confidence.S, "src", null))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("Points");
    }

    @Test
    void readsSettings() {
        assertThat(FeeRule.parseSetting("PHARMACY")).isEqualTo(FeeSchedule.PHARMACY);
        assertThatThrownBy(() -> FeeRule.parseSetting("medical")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Setting");
    }
}
