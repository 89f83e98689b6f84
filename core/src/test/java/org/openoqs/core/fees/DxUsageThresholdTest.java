package org.openoqs.core.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.subsidy.Confidence;

class DxUsageThresholdTest {
    static final DxUsageThreshold LEVEL_3 = new DxUsageThreshold(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 30), 3,
            new BigDecimal("0.15"), new BigDecimal("0.12"), true, false, Confidence.C, "src", null);

    @Test
    void aRateAtTheMinimumReachesTheLevel() {
        DxFacts facts = new DxFacts(true, true, false, false, null);
        assertThat(LEVEL_3.shortfalls(facts, new BigDecimal("0.15"))).isEmpty();
        assertThat(LEVEL_3.shortfalls(facts, new BigDecimal("0.1499"))).containsExactly("利用率 14.99% < 15%");
    }

    @Test
    void listsEveryMissingRequirement() {
        DxUsageThreshold portal = new DxUsageThreshold(LocalDate.of(2024, 10, 1), null, 1, new BigDecimal("0.15"), null,
                true, true, Confidence.C, "src", null);
        assertThat(portal.shortfalls(DxFacts.notFiled(), new BigDecimal("0.2")))
                .containsExactly("電子処方箋の体制なし", "マイナポータルの情報による健康相談なし");
    }

    @Test
    void thePediatricMinimumAppliesOnlyWhereGiven() {
        assertThat(LEVEL_3.minimumFor(true)).isEqualByComparingTo("0.12");
        assertThat(LEVEL_3.minimumFor(false)).isEqualByComparingTo("0.15");
        DxUsageThreshold none = new DxUsageThreshold(LocalDate.of(2025, 10, 1), null, 3, new BigDecimal("0.25"), null,
                true, false, Confidence.C, "src", null);
        assertThat(none.minimumFor(true)).isEqualByComparingTo("0.25");
    }

    @Test
    void isInForceBetweenItsDays() {
        assertThat(LEVEL_3.inForceOn(LocalDate.of(2025, 9, 30))).isTrue();
        assertThat(LEVEL_3.inForceOn(LocalDate.of(2025, 10, 1))).isFalse();
    }

    @Test
    void refusesSharesOutsideZeroToOne() {
        assertThatThrownBy(() -> new DxUsageThreshold(LocalDate.of(2025, 4, 1), null, 1, new BigDecimal("1.01"), null,
                false, false, Confidence.C, "src", null)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("MinimumUsageRate");
    }
}
