package org.openoqs.core.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openoqs.core.InvalidValueException;

class SubsidyDeadlineTest {
    private static final LocalDate MARCH_31 = LocalDate.of(2023, 3, 31);
    private static final LocalDate SEPTEMBER_30 = LocalDate.of(2023, 9, 30);

    @Test
    void bothDeadlinesIncludeTheirLastDay() {
        SubsidyDeadline deadline = deadline(SEPTEMBER_30);
        assertThat(deadline.runningInTime(MARCH_31)).isTrue();
        assertThat(deadline.runningInTime(MARCH_31.plusDays(1))).isFalse();
        assertThat(deadline.appliedInTime(SEPTEMBER_30)).isTrue();
        assertThat(deadline.appliedInTime(SEPTEMBER_30.plusDays(1))).isFalse();
    }

    @Test
    void nothingIsInTimeWhileNoApplicationDeadlineIsPublished() {
        SubsidyDeadline unpublished = deadline(null);
        assertThat(unpublished.applyByPublished()).isFalse();
        assertThat(unpublished.appliedInTime(MARCH_31)).isFalse();
    }

    @Test
    void applicationDeadlineMayNotPrecedeTheRunningDeadline() {
        assertThatThrownBy(() -> deadline(MARCH_31.minusDays(1))).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("ApplyBy"));
    }

    @Test
    void runningDeadlineIsRequired() {
        assertThatThrownBy(() -> new SubsidyDeadline("D", "P", DeferralCondition.ORIGINAL, null, null, Confidence.U,
                "")).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("RunningBy"));
    }

    private static SubsidyDeadline deadline(LocalDate applyBy) {
        return new SubsidyDeadline("D", "P", DeferralCondition.ORIGINAL, MARCH_31, applyBy, Confidence.C, null);
    }
}
