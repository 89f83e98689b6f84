package org.openoqs.core.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openoqs.core.InvalidValueException;

class RateTest {

    @Test
    void appliesExactlyAndRoundsDownToTheYen() {
        Rate threeQuarters = new Rate(3, 4);
        assertThat(threeQuarters.applyTo(429_000)).isEqualTo(321_750);
        // 100,001 × 3/4 = 75,000.75 → 75,000
        assertThat(threeQuarters.applyTo(100_001)).isEqualTo(75_000);
        // 1,500,001 × 1/2 = 750,000.5 → 750,000
        assertThat(new Rate(1, 2).applyTo(1_500_001)).isEqualTo(750_000);
        assertThat(new Rate(1, 1).applyTo(429_000)).isEqualTo(429_000);
        assertThat(threeQuarters.applyTo(0)).isZero();
    }

    @Test
    void rejectsANegativeAmount() {
        assertThatThrownBy(() -> new Rate(1, 2).applyTo(-1)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejectsImpossibleRates() {
        assertThatThrownBy(() -> new Rate(1, 0)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("RateDenominator"));
        assertThatThrownBy(() -> new Rate(-1, 2)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("RateNumerator"));
        assertThatThrownBy(() -> new Rate(5, 4)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("RateNumerator");
            assertThat(e.value()).isEqualTo("5/4");
        });
    }

    @Test
    void printsAsAFraction() {
        assertThat(new Rate(3, 4)).hasToString("3/4");
    }
}
