package org.openoqs.core.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openoqs.core.fees.PatientMixTest.assertField;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DxFactsTest {
    @Test
    void notFiledClaimsNothing() {
        assertThat(DxFacts.notFiled().filed()).isFalse();
        assertThat(DxFacts.notFiled().usageRate()).isNull();
    }

    @Test
    void takesAnotherUsageRate() {
        DxFacts facts = new DxFacts(true, true, false, true, new BigDecimal("0.4"));
        assertThat(facts.withUsageRate(BigDecimal.ZERO)).isEqualTo(new DxFacts(true, true, false, true, BigDecimal.ZERO));
    }

    @Test
    void theUsageRateIsAShare() {
        assertField(() -> new DxFacts(true, true, true, false, new BigDecimal("40")), "usageRate");
        assertField(() -> new DxFacts(true, true, true, false, new BigDecimal("-0.1")), "usageRate");
    }
}
