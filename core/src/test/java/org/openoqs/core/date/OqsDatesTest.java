package org.openoqs.core.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openoqs.core.InvalidValueException;

class OqsDatesTest {

    @Test
    void parsesStrictDate() {
        assertThat(OqsDates.parseDate("Birthdate", "19800401")).isEqualTo(LocalDate.of(1980, 4, 1));
        assertThat(OqsDates.parseDate("Birthdate", "20240229")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(OqsDates.parseDate("Birthdate", " 20240101 ")).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20230229", "20240230", "20241301", "20240001", "20240100", "19001131"})
    void rejectsImpossibleDates(String raw) {
        assertThatThrownBy(() -> OqsDates.parseDate("QualificationDate", raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("QualificationDate");
                    assertThat(e.value()).isEqualTo(raw);
                    assertThat(e.reason()).contains("yyyyMMdd");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-01", "2024/1/1", "2024010", "202401011", "R060101", "2024010a",
            "-0010101", "+0240101", "２０２４０１０１", "20240101000000"})
    void rejectsOtherFormats(String raw) {
        assertThatThrownBy(() -> OqsDates.parseDate("Birthdate", raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Birthdate");
                    assertThat(e.value()).isEqualTo(raw);
                    assertThat(e.getMessage()).startsWith("Birthdate: ");
                });
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void missingDate(String raw) {
        assertThat(OqsDates.parseOptionalDate("DisqualificationDate", raw)).isNull();
        assertThatThrownBy(() -> OqsDates.parseDate("Birthdate", raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Birthdate");
                    assertThat(e.reason()).startsWith("required");
                });
    }

    @Test
    void optionalDateStillValidatesWhenPresent() {
        assertThat(OqsDates.parseOptionalDate("DisqualificationDate", "20250331")).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThatThrownBy(() -> OqsDates.parseOptionalDate("DisqualificationDate", "20250231"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("DisqualificationDate"));
    }

    @Test
    void parsesDateTime() {
        assertThat(OqsDates.parseDateTime("ProcessExecutionTime", "20240401093005"))
                .isEqualTo(LocalDateTime.of(2024, 4, 1, 9, 30, 5));
        assertThat(OqsDates.parseDateTime("ProcessExecutionTime", "20241231235959"))
                .isEqualTo(LocalDateTime.of(2024, 12, 31, 23, 59, 59));
        assertThat(OqsDates.parseDateTime("ProcessExecutionTime", null)).isNull();
        assertThat(OqsDates.parseDateTime("ProcessExecutionTime", " ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"20240401", "2024040109300", "202404010930051", "20240401243000", "20240401096000",
            "20230229120000", "2024-04-01T09:30:05"})
    void rejectsBadDateTime(String raw) {
        assertThatThrownBy(() -> OqsDates.parseDateTime("LimitApplicationCertificateRelatedConsTime", raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("LimitApplicationCertificateRelatedConsTime");
                    assertThat(e.value()).isEqualTo(raw);
                    assertThat(e.reason()).contains("yyyyMMddHHmmss");
                });
    }

    @Test
    void formats() {
        assertThat(OqsDates.format(LocalDate.of(2024, 2, 9))).isEqualTo("20240209");
        assertThat(OqsDates.format(LocalDate.of(999, 1, 1))).isEqualTo("09990101");
        assertThat(OqsDates.format(LocalDateTime.of(2024, 4, 1, 9, 3, 5))).isEqualTo("20240401090305");
        assertThat(OqsDates.format((LocalDate) null)).isNull();
        assertThat(OqsDates.format((LocalDateTime) null)).isNull();
    }

    @Test
    void formatAndParseRoundTrip() {
        LocalDate date = LocalDate.of(1956, 12, 31);
        assertThat(OqsDates.parseDate("Birthdate", OqsDates.format(date))).isEqualTo(date);
        LocalDateTime time = LocalDateTime.of(2025, 1, 2, 3, 4, 5);
        assertThat(OqsDates.parseDateTime("ProcessExecutionTime", OqsDates.format(time))).isEqualTo(time);
    }
}
