package org.openoqs.core.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openoqs.core.InvalidValueException;

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
    void absentBoundsTakeTheWindows() {
        assertThat(WINDOW.narrowedTo("StartDate", null, "EndDate", " ")).contains(WINDOW);
        assertThat(WINDOW.narrowedTo("StartDate", "20250101", "EndDate", null))
                .contains(new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 5, 1)));
    }

    @Test
    void aPeriodReachingOutsideIsCutToTheWindow() {
        assertThat(WINDOW.narrowedTo("StartDate", "20000101", "EndDate", "20991231")).contains(WINDOW);
        assertThat(WINDOW.narrowedTo("StartDate", "20000101", "EndDate", "20010101")).isEmpty();
    }

    @Test
    void badDatesNameTheirField() {
        assertThatThrownBy(() -> WINDOW.narrowedTo("StartDate", "20250230", "EndDate", null))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("StartDate");
        assertThatThrownBy(() -> WINDOW.narrowedTo("StartDate", "20250301", "EndDate", "20250201"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("EndDate").hasMessageContaining("before StartDate");
    }

    @Test
    void endBeforeStartIsNotARange() {
        assertThatThrownBy(() -> new DateRange(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
