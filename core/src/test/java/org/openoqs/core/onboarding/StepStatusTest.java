package org.openoqs.core.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepStatusTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Optional<LocalDate> NOT_DONE = Optional.empty();

    @Test
    void doneOnOrBeforeTheLatestDay() {
        assertThat(StepStatus.of(latest("2026-06-10"), done("2026-06-10"), TODAY, 14)).isEqualTo(StepStatus.DONE);
        assertThat(StepStatus.of(latest("2026-06-10"), done("2026-05-01"), TODAY, 14)).isEqualTo(StepStatus.DONE);
    }

    @Test
    void doneAfterTheLatestDay() {
        assertThat(StepStatus.of(latest("2026-05-10"), done("2026-05-11"), TODAY, 14))
                .isEqualTo(StepStatus.DONE_LATE);
    }

    @Test
    void notDoneAndPastTheLatestDay() {
        // latest 5/31, today 6/1
        assertThat(StepStatus.of(latest("2026-05-31"), NOT_DONE, TODAY, 14)).isEqualTo(StepStatus.LATE);
    }

    @Test
    void dueSoonFromTodayToTodayPlusTheWindowInclusive() {
        // 6/1 + 14 = 6/15
        assertThat(StepStatus.of(latest("2026-06-01"), NOT_DONE, TODAY, 14)).isEqualTo(StepStatus.DUE_SOON);
        assertThat(StepStatus.of(latest("2026-06-15"), NOT_DONE, TODAY, 14)).isEqualTo(StepStatus.DUE_SOON);
        assertThat(StepStatus.of(latest("2026-06-16"), NOT_DONE, TODAY, 14)).isEqualTo(StepStatus.OPEN);
        assertThat(StepStatus.of(latest("2026-06-02"), NOT_DONE, TODAY, 0)).isEqualTo(StepStatus.OPEN);
    }

    @Test
    void withoutALatestDay() {
        assertThat(StepStatus.of(Optional.empty(), NOT_DONE, TODAY, 14)).isEqualTo(StepStatus.OPEN);
        assertThat(StepStatus.of(Optional.empty(), done("2030-01-01"), TODAY, 14)).isEqualTo(StepStatus.DONE);
    }

    @Test
    void isDone() {
        assertThat(StepStatus.DONE.isDone()).isTrue();
        assertThat(StepStatus.DONE_LATE.isDone()).isTrue();
        assertThat(StepStatus.LATE.isDone()).isFalse();
        assertThat(StepStatus.DUE_SOON.isDone()).isFalse();
        assertThat(StepStatus.OPEN.isDone()).isFalse();
    }

    private static Optional<LocalDate> latest(String iso) {
        return Optional.of(LocalDate.parse(iso));
    }

    private static Optional<LocalDate> done(String iso) {
        return Optional.of(LocalDate.parse(iso));
    }
}
