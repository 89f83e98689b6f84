package org.openoqs.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openoqs.core.InvalidValueException;

class CsvRowTest {

    @Test
    void readsTypedValues() {
        CsvRow row = row(Map.of("Yen", "321000", "Day", "2023-03-31", "Month", "2022-08", "Empty", ""));
        assertThat(row.yen("Yen")).isEqualTo(321_000);
        assertThat(row.count("Yen")).isEqualTo(321_000);
        assertThat(row.date("Day")).isEqualTo(LocalDate.of(2023, 3, 31));
        assertThat(row.month("Month")).isEqualTo(YearMonth.of(2022, 8));
        assertThat(row.optionalDate("Empty")).isNull();
        assertThat(row.optionalCount("Empty")).isNull();
        assertThat(row.optionalText("Empty")).isNull();
    }

    @Test
    void rejectsAmountsThatAreNotWholeYen() {
        for (String raw : new String[] {"32.1万", "321,000", "-1", "¥321000", "１００"}) {
            assertProblem(() -> row(Map.of("GrantCap", raw)).yen("GrantCap"),
                    "t.csv line 7, column GrantCap: not a whole number of yen: '" + raw + "'");
        }
    }

    @Test
    void rejectsOtherDateAndVersionFormats() {
        assertProblem(() -> row(Map.of("D", "2023/03/31")).date("D"),
                "t.csv line 7, column D: not a date yyyy-MM-dd: '2023/03/31'");
        assertProblem(() -> row(Map.of("D", "2023-02-29")).date("D"),
                "t.csv line 7, column D: not a date yyyy-MM-dd: '2023-02-29'");
        assertProblem(() -> row(Map.of("V", "2022-8")).month("V"),
                "t.csv line 7, column V: not a version yyyy-MM: '2022-8'");
    }

    @Test
    void requiredMeansNotEmpty() {
        assertProblem(() -> row(Map.of("RuleId", "")).text("RuleId"), "t.csv line 7, column RuleId: required");
    }

    @Test
    void domainErrorsAreReportedAtTheirColumn() {
        CsvRow row = row(Map.of("Category", "病棟"));
        assertThatThrownBy(() -> row.parsed("Category", raw -> {
            throw new InvalidValueException("Category", raw, "must be one of 診療所, 病院");
        })).isInstanceOf(TableException.class)
                .hasMessage("t.csv line 7, column Category: must be one of 診療所, 病院: '病棟'");
        assertProblem(() -> row.build(() -> {
            throw new InvalidValueException("RateNumerator", "5/4", "a subsidy rate must not exceed 1");
        }), "t.csv line 7, column RateNumerator: a subsidy rate must not exceed 1: '5/4'");
        assertProblem(() -> row.build(() -> {
            throw new InvalidValueException("RunningBy", null, "required");
        }), "t.csv line 7, column RunningBy: required");
    }

    @Test
    void readsDecimalsWithBoundedFractions() {
        CsvRow row = row(Map.of("Rate", "42.4", "Whole", "45", "Long", "12.345", "Sign", "-1", "Empty", ""));
        assertThat(row.decimal("Rate", 2)).isEqualByComparingTo("42.4");
        assertThat(row.decimal("Whole", 2)).isEqualByComparingTo("45");
        assertThat(row.optionalDecimal("Empty", 2)).isNull();
        assertProblem(() -> row.decimal("Long", 2),
                "t.csv line 7, column Long: not a decimal number with at most 2 digits after the point: '12.345'");
        assertProblem(() -> row.decimal("Sign", 2),
                "t.csv line 7, column Sign: not a decimal number with at most 2 digits after the point: '-1'");
    }

    @Test
    void readsYesNoFlags() {
        CsvRow row = row(Map.of("Yes", "Y", "No", "N", "Other", "yes"));
        assertThat(row.flag("Yes")).isTrue();
        assertThat(row.flag("No")).isFalse();
        assertProblem(() -> row.flag("Other"), "t.csv line 7, column Other: must be Y or N: 'yes'");
    }

    private static CsvRow row(Map<String, String> values) {
        return new CsvRow("t.csv", 7, values);
    }

    private static void assertProblem(Runnable read, String message) {
        assertThatThrownBy(read::run).isInstanceOf(TableException.class).hasMessage(message);
    }
}
