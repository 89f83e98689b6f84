package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificateValidityTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void issuedBeforeThisYearsBirthdayCountsThatBirthdayAsTheFirst() {
        assertThat(CertificateValidity.lastDay(d("1980-04-15"), d("2026-04-01"))).isEqualTo(d("2030-04-15"));
    }

    @Test
    void issuedAfterThisYearsBirthdayStartsCountingNextYear() {
        assertThat(CertificateValidity.lastDay(d("1980-04-15"), d("2026-05-01"))).isEqualTo(d("2031-04-15"));
    }

    @Test
    void aBirthdayOnTheDayOfIssuanceDoesNotCount() {
        assertThat(CertificateValidity.lastDay(d("1980-04-15"), d("2026-04-15"))).isEqualTo(d("2031-04-15"));
        assertThat(CertificateValidity.lastDay(d("1980-04-15"), d("2026-04-14"))).isEqualTo(d("2030-04-15"));
    }

    @Test
    void aNewbornIssuedOnTheDayOfBirth() {
        assertThat(CertificateValidity.lastDay(d("2026-04-01"), d("2026-04-01"))).isEqualTo(d("2031-04-01"));
    }

    @Test
    void leapDayBirthdayEndingInALeapYearEndsOnTheTwentyNinth() {
        // Birthdays after 2027-03-01: 2028-02-29, 2029-02-28, 2030-02-28, 2031-02-28, 2032-02-29.
        assertThat(CertificateValidity.lastDay(d("2000-02-29"), d("2027-03-01"))).isEqualTo(d("2032-02-29"));
    }

    @Test
    void leapDayBirthdayEndingInACommonYearEndsOnTheTwentyEighth() {
        // Birthdays after 2026-01-10: 2026-02-28, 2027-02-28, 2028-02-29, 2029-02-28, 2030-02-28.
        assertThat(CertificateValidity.lastDay(d("2000-02-29"), d("2026-01-10"))).isEqualTo(d("2030-02-28"));
    }

    @Test
    void leapDayBirthdayIssuedOnTheTwentyEighthOfACommonYearDoesNotCountThatDay() {
        // 2027-02-28 is that year's birthday and the day of issuance, so it does not count:
        // 2028-02-29, 2029-02-28, 2030-02-28, 2031-02-28, 2032-02-29.
        assertThat(CertificateValidity.lastDay(d("2000-02-29"), d("2027-02-28"))).isEqualTo(d("2032-02-29"));
        // Issued the day before, that 28 February is the first birthday.
        assertThat(CertificateValidity.lastDay(d("2000-02-29"), d("2027-02-27"))).isEqualTo(d("2031-02-28"));
    }

    @Test
    void leapDayBirthdayIssuedOnTheTwentyNinthOfALeapYear() {
        assertThat(CertificateValidity.lastDay(d("2000-02-29"), d("2028-02-29"))).isEqualTo(d("2033-02-28"));
    }

    @Test
    void issuanceBeforeBirthIsRefused() {
        assertThatThrownBy(() -> CertificateValidity.lastDay(d("2026-05-01"), d("2026-04-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Birthdate");
    }

    @Test
    void validityRunsFromMidnightToTheLastSecondInJapanTime() {
        assertThat(CertificateValidity.notBefore(d("2026-04-01"))).isEqualTo(Instant.parse("2026-03-31T15:00:00Z"));
        assertThat(CertificateValidity.notAfter(d("2030-04-15"))).isEqualTo(Instant.parse("2030-04-15T14:59:59Z"));
    }
}
