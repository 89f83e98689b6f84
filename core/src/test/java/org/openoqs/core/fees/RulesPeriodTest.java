package org.openoqs.core.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RulesPeriodTest {
    @Test
    void containsItsDaysIncluded() {
        RulesPeriod p = new RulesPeriod(LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 31));
        assertThat(p.contains(LocalDate.of(2024, 12, 1))).isFalse();
        assertThat(p.contains(LocalDate.of(2024, 12, 2))).isTrue();
        assertThat(p.contains(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(p.label()).isEqualTo("2024-12-02 – 2024-12-31");
        assertThat(new RulesPeriod(LocalDate.of(2025, 1, 1), null).contains(LocalDate.of(2030, 1, 1))).isTrue();
    }

    @Test
    void endsNoEarlierThanItStarts() {
        assertThatThrownBy(() -> new RulesPeriod(LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
