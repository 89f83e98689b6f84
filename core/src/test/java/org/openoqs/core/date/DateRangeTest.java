package org.openoqs.core.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {
    private static final DateRange WINDOW = DateRange.yearsUpTo(LocalDate.of(2026, 5, 1), 3);

    @Test
    void aWindowOfYearsEndsToday() {
        assertThat(WINDOW).isEqualTo(new DateRange(LocalDate.of(2023, 5, 2), LocalDate.of(2026, 5, 1)));
        assertThat(WINDOW.contains(LocalDate.of(2023, 5, 1))).isFalse();
        assertThat(WINDOW.contains(LocalDate.of(2023, 5, 2))).isTrue();
        assertThat(WINDOW.contains(LocalDate.of(2026, 5, 2))).isFalse();
    }

    @Test
    void absentBoundsTakeTheRangesOwn() {
        assertThat(WINDOW.overlap(null, null)).contains(WINDOW);
        assertThat(WINDOW.overlap(LocalDate.of(2025, 1, 1), null))
                .contains(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 5, 1)));
        assertThat(WINDOW.overlap(null, LocalDate.of(2024, 1, 1)))
                .contains(new DateRange(LocalDate.of(2023, 5, 2), LocalDate.of(2024, 1, 1)));
    }

    @Test
    void boundsReachingOutsideAreCut() {
        assertThat(WINDOW.overlap(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31))).contains(WINDOW);
        assertThat(WINDOW.overlap(LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1))).isEmpty();
        assertThat(WINDOW.overlap(LocalDate.of(2026, 5, 2), null)).isEmpty();
    }

    @Test
    void endBeforeStartIsNotARange() {
        assertThatThrownBy(() -> new DateRange(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
