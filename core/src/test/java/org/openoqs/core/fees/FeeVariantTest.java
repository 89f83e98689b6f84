package org.openoqs.core.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openoqs.core.InvalidValueException;

class FeeVariantTest {
    @Test
    void paperVariantsAreTheOnesWithoutACard() {
        assertThat(FeeVariant.NO_MYNA.paper()).isTrue();
        assertThat(FeeVariant.FALLBACK.paper()).isTrue();
        assertThat(FeeVariant.MYNA.paper()).isFalse();
        assertThat(FeeVariant.ANY.paper()).isFalse();
    }

    @Test
    void conflictsWhenTheyWouldPayTheSamePatientTwice() {
        assertThat(FeeVariant.MYNA.conflictsWith(FeeVariant.NO_MYNA)).isFalse();
        assertThat(FeeVariant.MYNA.conflictsWith(FeeVariant.MYNA)).isTrue();
        assertThat(FeeVariant.ANY.conflictsWith(FeeVariant.NO_MYNA)).isTrue();
        assertThat(FeeVariant.NO_MYNA.conflictsWith(FeeVariant.FALLBACK)).isTrue();
    }

    @Test
    void theShareFollowsTheCounting() {
        BigDecimal rate = new BigDecimal("0.4");
        assertThat(FeeAdditionSimulator.share(FeeVariant.MYNA, rate, CardRateCounting.MYNA_PATIENTS_ONLY)).isEqualByComparingTo("0.4");
        assertThat(FeeAdditionSimulator.share(FeeVariant.NO_MYNA, rate, CardRateCounting.MYNA_PATIENTS_ONLY)).isZero();
        assertThat(FeeAdditionSimulator.share(FeeVariant.FALLBACK, rate, CardRateCounting.EVERY_PATIENT)).isEqualByComparingTo("0.6");
        assertThat(FeeAdditionSimulator.share(FeeVariant.ANY, rate, CardRateCounting.EVERY_PATIENT)).isEqualByComparingTo("1");
        assertThat(FeeAdditionSimulator.share(FeeVariant.ANY, rate, CardRateCounting.MYNA_PATIENTS_ONLY)).isEqualByComparingTo("0.4");
    }

    @Test
    void readsTheTablesNames() {
        assertThat(FeeVariant.parse("FALLBACK")).isEqualTo(FeeVariant.FALLBACK);
        assertThatThrownBy(() -> FeeVariant.parse("myna")).isInstanceOf(InvalidValueException.class);
        assertThat(FeeVisit.parse("DISPENSING").label()).isEqualTo("調剤");
        assertThatThrownBy(() -> FeeVisit.parse("初診")).isInstanceOf(InvalidValueException.class);
    }
}
