package org.openoqs.core.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;
import org.openoqs.core.subsidy.Confidence;
import org.openoqs.core.table.TableException;

class FeeRuleTableTest {
    static final String RULE_HEADER = String.join(",", FeeRuleTable.RULE_COLUMNS) + "\n";
    static final String THRESHOLD_HEADER = String.join(",", FeeRuleTable.THRESHOLD_COLUMNS) + "\n";
    static final String THRESHOLDS = THRESHOLD_HEADER
            + "2024-10-01,2024-12-31,1,15,,N,Y,C,src,\n"
            + "2025-01-01,,1,30,,N,Y,C,src,\n";
    static final String FIRST_ROW =
            "A-1,EH,電子的保健医療情報活用加算,初診,MEDICAL,FIRST,MYNA,,7,1,2022-04-01,2022-09-30,C,src,\n";

    @Test
    void theBundledTableCoversEveryPeriodOfTheReference() {
        FeeRuleTable table = FeeRuleTable.bundled();
        assertThat(table.periods()).extracting(p -> p.from().toString()).containsExactly("2022-04-01", "2022-10-01",
                "2023-04-01", "2024-01-01", "2024-06-01", "2024-10-01", "2024-12-02", "2025-01-01", "2025-04-01",
                "2025-10-01", "2026-03-01");
        assertThat(table.periods().get(6)).isEqualTo(new RulesPeriod(LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 31)));
        assertThat(table.firstDay()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(table.knownThrough()).hasValue(LocalDate.of(2026, 5, 31));
        assertThat(table).isSameAs(FeeRuleTable.bundled());
    }

    @Test
    void theBundledTableMarksWhatIsNotKnown() {
        List<FeeRule> unknown = FeeRuleTable.bundled().rules().stream().filter(r -> !r.pointsKnown()).toList();
        assertThat(unknown).extracting(FeeRule::ruleId).containsExactly("DX2504-DEN-4", "DX2504-DEN-5", "DX2504-DEN-6");
        assertThat(unknown).allMatch(r -> r.confidence() == Confidence.U);
        assertThat(FeeRuleTable.bundled().rules()).filteredOn(r -> r.setting() == FeeSchedule.PHARMACY && r.isDxLevel())
                .allMatch(r -> r.dxLevel() <= 3);
    }

    @Test
    void findsRulesAndThresholdsByDay() {
        FeeRuleTable table = FeeRuleTable.bundled();
        assertThat(table.rulesOn(LocalDate.of(2022, 4, 1), FeeSchedule.PHARMACY)).extracting(FeeRule::ruleId)
                .containsExactly("EH22-PHA-MYNA", "EH22-PHA-FALLBACK");
        assertThat(table.rulesOn(LocalDate.of(2022, 4, 1))).hasSize(8);
        assertThat(table.threshold(3, LocalDate.of(2025, 4, 1))).hasValueSatisfying(t ->
                assertThat(t.pediatricMinimumUsageRate()).isEqualByComparingTo("0.12"));
        assertThat(table.thresholdsOn(LocalDate.of(2026, 3, 1))).hasSize(6);
        assertThat(table.periodOn(LocalDate.of(2022, 3, 31))).isEmpty();
        assertThat(table.periodOn(LocalDate.of(2026, 6, 1))).isEmpty();
    }

    @Test
    void anOverrideTableCanAddALaterRevision() {
        FeeRuleTable table = read(FIRST_ROW
                + "B-1,DX,医療DX推進体制整備加算,加算1,MEDICAL,FIRST,ANY,1,11,1,2024-10-01,,C,src,\n", THRESHOLDS);
        assertThat(table.knownThrough()).isEmpty();
        assertThat(table.periods()).extracting(RulesPeriod::label).containsExactly("2022-04-01 – 2022-09-30",
                "2022-10-01 – 2024-09-30", "2024-10-01 – 2024-12-31", "2025-01-01 – ");
    }

    @Test
    void malformedRowsNameFileLineAndColumn() {
        assertProblem(FIRST_ROW.replace("MEDICAL", "HOSPITAL"),
                "r.csv line 2, column Setting: must be MEDICAL, DENTAL or PHARMACY: 'HOSPITAL'");
        assertProblem(FIRST_ROW.replace(",7,1,", ",7,2,"), "r.csv line 2, column WindowMonths: must be 1, 3, 6 or 12: '2'");
        assertProblem(FIRST_ROW.replace(",7,1,", ",seven,1,"), "r.csv line 2, column Points: not a whole number: 'seven'");
        assertProblem(FIRST_ROW.replace(",7,1,", ",,1,"),
                "r.csv line 2, column Points: required unless Confidence is U (points not known)");
        assertProblem(FIRST_ROW.replace("2022-09-30", "2022-03-31"), "r.csv line 2, column To: before From 2022-04-01: '2022-03-31'");
        assertProblem(FIRST_ROW.replace("2022-09-30", "2022-09-31"), "r.csv line 2, column To: not a date yyyy-MM-dd: '2022-09-31'");
        assertProblem(FIRST_ROW.replace(",C,src", ",X,src"), "r.csv line 2, column Confidence: must be C, S or U: 'X'");
        assertProblem(FIRST_ROW.replace("FIRST,MYNA", "DISPENSING,MYNA"),
                "r.csv line 2, column Visit: DISPENSING is the one visit of PHARMACY rows: 'DISPENSING'");
    }

    @Test
    void rowsInForceTogetherMustNotConflict() {
        assertProblem(FIRST_ROW + FIRST_ROW, "r.csv line 3, column RuleId: duplicate 'A-1' (first on line 2)");
        assertProblem(FIRST_ROW + FIRST_ROW.replace("A-1", "A-2").replace("2022-04-01", "2022-09-30"),
                "r.csv line 3, column From: in force together with A-1 (line 2) for the same addition, setting, "
                        + "visit and level with variant MYNA");
        assertProblem(FIRST_ROW + FIRST_ROW.replace("A-1", "A-2").replace("MYNA", "ANY"),
                "r.csv line 3, column From: in force together with A-1 (line 2) for the same addition, setting, "
                        + "visit and level with variant MYNA");
        String paper = FIRST_ROW.replace("A-1", "A-2").replace("MYNA", "NO_MYNA")
                + FIRST_ROW.replace("A-1", "A-3").replace("MYNA", "FALLBACK");
        assertProblem(paper, "r.csv line 3, column From: in force together with A-2 (line 2) for the same addition, "
                + "setting, visit and level with variant NO_MYNA");
        assertThat(read(FIRST_ROW + FIRST_ROW.replace("A-1", "A-2").replace("MYNA", "NO_MYNA"), THRESHOLDS).rules())
                .hasSize(2);
    }

    @Test
    void dxLevelsNeedAThresholdOnEveryDay() {
        String dx = "B-1,DX,医療DX推進体制整備加算,加算2,MEDICAL,FIRST,ANY,2,10,1,2024-10-01,2024-12-31,C,src,\n";
        assertProblem(dx, "r.csv line 2, column DxLevel: no usage threshold of level 2 on 2024-10-01 in the threshold table");
        String early = "B-1,DX,医療DX推進体制整備加算,加算1,MEDICAL,FIRST,ANY,1,10,1,2024-09-01,2024-12-31,C,src,\n";
        assertProblem(early, "r.csv line 2, column DxLevel: no usage threshold of level 1 on 2024-09-01 in the threshold table");
        assertProblem(dx.replace(",2,10,", ",7,10,"), "r.csv line 2, column DxLevel: must be 1 to 6: '7'");
        assertProblem(dx.replace("ANY", "MYNA"),
                "r.csv line 2, column Variant: 医療DX levels pay for every patient: use ANY: 'MYNA'");
    }

    @Test
    void malformedThresholdsNameFileLineAndColumn() {
        assertThresholdProblem(THRESHOLD_HEADER + "2024-10-01,,1,101,,N,N,C,src,\n",
                "t.csv line 2, column MinimumUsageRate: must be 0 to 100 percent: '101%'");
        assertThresholdProblem(THRESHOLD_HEADER + "2024-10-01,,1,15%,,N,N,C,src,\n",
                "t.csv line 2, column MinimumUsageRate: not a decimal number with at most 2 digits after the point: '15%'");
        assertThresholdProblem(THRESHOLD_HEADER + "2024-10-01,,1,15,,yes,N,C,src,\n",
                "t.csv line 2, column RequiresEPrescription: must be Y or N: 'yes'");
        assertThresholdProblem(THRESHOLDS + "2025-03-01,2025-03-31,1,30,,N,N,C,src,\n",
                "t.csv line 4, column From: level 1 already has a threshold on these days (line 3)");
        assertThresholdProblem("From,To\n", "t.csv line 1, column DxLevel: missing from the header");
    }

    @Test
    void anEmptyRuleTableIsRefused() {
        assertProblem("", "r.csv: no rule rows");
    }

    static FeeRuleTable read(String rows, String thresholds) {
        return FeeRuleTable.read(new StringReader(RULE_HEADER + rows), "r.csv", new StringReader(thresholds), "t.csv");
    }

    static void assertProblem(String rows, String message) {
        assertThatThrownBy(() -> read(rows, THRESHOLDS)).isInstanceOf(TableException.class).hasMessage(message);
    }

    static void assertThresholdProblem(String thresholds, String message) {
        assertThatThrownBy(() -> read(FIRST_ROW, thresholds)).isInstanceOf(TableException.class).hasMessage(message);
    }
}
