package org.openoqs.core.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;

class PlannerSettingsTest {

    @Test
    void defaultsAreTheGuidesLeadTimes() {
        PlannerSettings defaults = PlannerSettings.defaults();
        assertThat(defaults.cardReaderLead()).isEqualTo(Period.ofMonths(4));
        assertThat(defaults.vendorOrderLead()).isEqualTo(Period.ofMonths(1));
        assertThat(defaults.applicationBusinessDaysBeforeSetup()).isEqualTo(5);
        assertThat(defaults.setupBusinessDaysBeforeStart()).isEqualTo(5);
        assertThat(defaults.dueSoonDays()).isEqualTo(14);
    }

    @Test
    void refusesNegativeOrMissingLeadTimes() {
        assertThatThrownBy(() -> new PlannerSettings(Period.ofMonths(-1), Period.ofMonths(1), 5, 5, 14))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cardReaderLead");
        assertThatThrownBy(() -> new PlannerSettings(Period.ofMonths(4), null, 5, 5, 14))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("vendorOrderLead");
        assertThatThrownBy(() -> new PlannerSettings(Period.ofMonths(4), Period.ofMonths(1), -1, 5, 14))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("applicationBusinessDaysBeforeSetup");
        assertThatThrownBy(() -> new PlannerSettings(Period.ofMonths(4), Period.ofMonths(1), 5, -2, 14))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("setupBusinessDaysBeforeStart");
        assertThatThrownBy(() -> new PlannerSettings(Period.ofMonths(4), Period.ofMonths(1), 5, 5, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dueSoonDays");
    }

    @Test
    void theDefaultSetUpMustLieBeforeTheStart() {
        // 0 business days would put the set-up on the start day itself
        assertThatThrownBy(() -> new PlannerSettings(Period.ofMonths(4), Period.ofMonths(1), 5, 0, 14))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }

    @Test
    void zeroLeadTimesAreAllowed() {
        assertThat(new PlannerSettings(Period.ZERO, Period.ZERO, 0, 1, 0).cardReaderLead()).isEqualTo(Period.ZERO);
    }
}
