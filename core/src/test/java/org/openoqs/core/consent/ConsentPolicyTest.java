package org.openoqs.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openoqs.core.code.ConsentFlag;

class ConsentPolicyTest {
    private final ConsentPolicy policy = ConsentPolicy.DEFAULT;
    private final LocalDateTime consTime = LocalDateTime.of(2026, 11, 21, 9, 30, 0);

    @Test
    void outpatientViewingConsentLasts24Hours() {
        assertThat(policy.availableTime(ConsentCategory.PHARMACISTS_INFO, CareSetting.OUTPATIENT, consTime))
                .isEqualTo(consTime.plusHours(24));
        assertThat(policy.availableTime(ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO, CareSetting.ONLINE, consTime))
                .isEqualTo(consTime.plusHours(24));
    }

    @Test
    void inpatientAndHomeVisitConsentLastsUntilWithdrawn() {
        assertThat(policy.availableTime(ConsentCategory.PHARMACISTS_INFO, CareSetting.INPATIENT, consTime)).isNull();
        assertThat(policy.availableTime(ConsentCategory.DIAGNOSIS_INFO, CareSetting.HOME_VISIT, consTime)).isNull();
    }

    @Test
    void provisionConsentHasNoAvailableTime() {
        assertThat(policy.availableTime(ConsentCategory.LIMIT_APPLICATION_CERTIFICATE, CareSetting.OUTPATIENT, consTime)).isNull();
    }

    @Test
    void stateAtTheBoundaries() {
        LocalDateTime until = consTime.plusHours(24);
        assertThat(policy.stateAt(until, null, until.minusSeconds(1))).isEqualTo(ConsentState.EFFECTIVE);
        assertThat(policy.stateAt(until, null, until)).isEqualTo(ConsentState.EXPIRED);
        assertThat(policy.stateAt(null, null, consTime.plusYears(1))).isEqualTo(ConsentState.EFFECTIVE);
        assertThat(policy.stateAt(null, consTime.plusHours(1), consTime.plusHours(1))).isEqualTo(ConsentState.WITHDRAWN);
        assertThat(policy.stateAt(until, consTime.plusHours(1), consTime)).isEqualTo(ConsentState.EFFECTIVE);
    }

    @Test
    void withdrawnAndExpiredReadAsExpiredFlag() {
        assertThat(ConsentState.WITHDRAWN.flag()).isEqualTo(ConsentFlag.EXPIRED);
        assertThat(ConsentState.EFFECTIVE.flag()).isEqualTo(ConsentFlag.GIVEN);
    }

    @Test
    void validityMustBePositive() {
        assertThatThrownBy(() -> new ConsentPolicy(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void categoriesAreFoundByTheirElementAndInfoType() {
        assertThat(ConsentCategory.byConsFlgElement("PharmacistsInfoConsFlg")).contains(ConsentCategory.PHARMACISTS_INFO);
        assertThat(ConsentCategory.byInfoTypeCode("TKK")).contains(ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO);
        assertThat(ConsentCategory.byConsFlgElement("Unknown")).isEmpty();
    }
}
