package org.openoqs.core.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openoqs.core.InvalidValueException;

class DeferralConditionTest {

    @ParameterizedTest
    @CsvSource({"0, ORIGINAL", "1, DEFERRAL_1_4_5_6", "2, DEFERRAL_2_3", "3, DEFERRAL_2_3", "4, DEFERRAL_1_4_5_6",
            "5, DEFERRAL_1_4_5_6", "6, DEFERRAL_1_4_5_6"})
    void mapsEachDeferralTypeToItsDeadlineGroup(int type, DeferralCondition expected) {
        assertThat(DeferralCondition.ofDeferralType(type)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 7, 23})
    void rejectsOtherTypes(int type) {
        assertThatThrownBy(() -> DeferralCondition.ofDeferralType(type))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("DeferralType"));
    }

    @Test
    void parsesTheTableNames() {
        assertThat(DeferralCondition.parse("DEFERRAL_2_3")).isEqualTo(DeferralCondition.DEFERRAL_2_3);
        assertThatThrownBy(() -> DeferralCondition.parse("DEFERRAL_2")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Condition");
    }
}
