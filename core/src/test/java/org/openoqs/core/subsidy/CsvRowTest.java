package org.openoqs.core.subsidy;

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
        assertThatThrownBy(() -> row.parsed("Category", SubsidyCategory::parse))
                .isInstanceOf(SubsidyTableException.class)
                .hasMessageStartingWith("t.csv line 7, column Category: must be one of").hasMessageEndingWith("'病棟'");
        assertProblem(() -> row.build(() -> new Rate(5, 4)),
                "t.csv line 7, column RateNumerator: a subsidy rate must not exceed 1: '5/4'");
        assertProblem(() -> row.build(() -> {
            throw new InvalidValueException("RunningBy", null, "required");
        }), "t.csv line 7, column RunningBy: required");
    }

    private static CsvRow row(Map<String, String> values) {
        return new CsvRow("t.csv", 7, values);
    }

    private static void assertProblem(Runnable read, String message) {
        assertThatThrownBy(read::run).isInstanceOf(SubsidyTableException.class).hasMessage(message);
    }
}
