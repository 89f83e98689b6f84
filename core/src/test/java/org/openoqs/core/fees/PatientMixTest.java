package org.openoqs.core.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.openoqs.core.InvalidValueException;

class PatientMixTest {
    @Test
    void aClinicCountsPerDay() {
        PatientMix clinic = PatientMix.clinic(BigDecimal.valueOf(3), BigDecimal.valueOf(20), 20);
        assertThat(clinic.isClinic()).isTrue();
        assertThat(clinic.perUnit(FeeVisit.FIRST)).isEqualByComparingTo("3");
        assertThat(clinic.perUnit(FeeVisit.REVISIT)).isEqualByComparingTo("20");
        assertThat(clinic.perUnit(FeeVisit.DISPENSING)).isZero();
        assertThat(clinic.perUnit(FeeVisit.HOME)).isZero();
        assertThat(clinic.unitsPerMonth()).isEqualTo(20);
    }

    @Test
    void aPharmacyCountsPerMonth() {
        PatientMix pharmacy = PatientMix.pharmacy(BigDecimal.valueOf(795));
        assertThat(pharmacy.isClinic()).isFalse();
        assertThat(pharmacy.perUnit(FeeVisit.DISPENSING)).isEqualByComparingTo("795");
        assertThat(pharmacy.perUnit(FeeVisit.FIRST)).isZero();
        assertThat(pharmacy.unitsPerMonth()).isEqualTo(1);
    }

    @Test
    void badCountsNameTheirField() {
        assertField(() -> PatientMix.clinic(BigDecimal.valueOf(-1), BigDecimal.ONE, 20), "firstVisitsPerDay");
        assertField(() -> PatientMix.clinic(BigDecimal.ONE, BigDecimal.ONE, 0), "daysPerMonth");
        assertField(() -> PatientMix.clinic(BigDecimal.ONE, BigDecimal.ONE, 32), "daysPerMonth");
        assertField(() -> new PatientMix(BigDecimal.ONE, null, 20, null), "revisitsPerDay");
        assertField(() -> PatientMix.pharmacy(null), "patientsPerMonth");
        assertField(() -> new PatientMix(BigDecimal.ONE, BigDecimal.ONE, 20, BigDecimal.ONE), "patientsPerMonth");
    }

    static void assertField(Runnable build, String field) {
        assertThatThrownBy(build::run).isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo(field);
    }
}
