package org.openoqs.core.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;

class DxLevelSelectorTest {
    final FeeRuleTable table = FeeRuleTable.bundled();
    final DxLevelSelector selector = new DxLevelSelector(table);

    @Test
    void takesTheTopLevelWhoseRequirementsAreMet() {
        LocalDate day = LocalDate.of(2025, 4, 1);
        DxLevelChoice c = selector.choose(table.rulesOn(day, FeeSchedule.PHARMACY), day,
                new DxFacts(true, true, false, false, null), new BigDecimal("0.30"));
        assertThat(c.level()).isEqualTo(2);
        assertThat(c.rule().points()).isEqualTo(8);
        assertThat(c.explanation()).isEqualTo("医療DX推進体制整備加算 加算2（8点）: 利用率 30% ≥ 30%");
    }

    @Test
    void aPharmacyWithoutEPrescriptionReachesNoLevelFrom202504() {
        LocalDate day = LocalDate.of(2025, 4, 1);
        DxLevelChoice c = selector.choose(table.rulesOn(day, FeeSchedule.PHARMACY), day,
                new DxFacts(true, false, false, false, null), BigDecimal.ONE);
        assertThat(c.reached()).isFalse();
        assertThat(c.explanation()).contains("電子処方箋の体制なし");
    }

    @Test
    void saysWhenThePeriodHasNoDxAddition() {
        LocalDate day = LocalDate.of(2024, 5, 31);
        DxLevelChoice c = selector.choose(table.rulesOn(day, FeeSchedule.MEDICAL), day,
                new DxFacts(true, true, true, false, null), BigDecimal.ONE);
        assertThat(c.reached()).isFalse();
        assertThat(c.explanation()).contains("ありません");
        assertThat(selector.choose(List.of(), day, DxFacts.notFiled(), BigDecimal.ONE).level()).isNull();
    }
}
