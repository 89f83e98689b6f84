package org.openoqs.core.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;

/**
 * The simulator against the leaflet's printed figures (seed 002) and oqs-rules §3: every rule period's first day
 * against the day before, the DX level at each threshold edge, rounding steps and window assumptions.
 */
class FeeAdditionSimulatorTest {
    static final FeeAdditionSimulator SIMULATOR = new FeeAdditionSimulator(FeeRuleTable.bundled());
    static final PatientMix CLINIC = PatientMix.clinic(BigDecimal.valueOf(3), BigDecimal.valueOf(20), 20);
    static final PatientMix PHARMACY = PatientMix.pharmacy(BigDecimal.valueOf(795));

    @Nested
    class TheLeafletsClinic {
        final FeeSimulation result = SIMULATOR.simulate(LeafletModelCase.CLINIC.input());

        @Test
        void earns43PointsAnd430YenADay() {
            assertThat(result.atCardRate().pointsPerDay()).isEqualByComparingTo("43");
            assertThat(result.atCardRate().yenPerDay()).isEqualTo(430);
        }

        @Test
        void earns8600YenAMonthAnd103200AYear() {
            assertThat(result.atCardRate().yenPerMonth()).isEqualTo(8_600);
            assertThat(result.atCardRate().yenPerYear()).isEqualTo(103_200);
            assertThat(result.atCardRate().averageYenPerMonth()).isEqualTo(8_600);
        }

        @Test
        void earns21600AYearWhenEveryoneUsesPaperCards() {
            assertThat(result.allPaper().yenPerYear()).isEqualTo(21_600);
            assertThat(result.allPaper().pointsPerDay()).isEqualByComparingTo("9");
            assertThat(result.allPaper().lines()).extracting(FeeLine::ruleId).containsExactly("EH22-MED-FIRST-FALLBACK");
        }

        @Test
        void showsEachLineWithItsRuleAndTheRulesPeriod() {
            assertThat(result.atCardRate().lines()).extracting(FeeLine::ruleId, FeeLine::points)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("EH22-MED-FIRST-MYNA", 7),
                            org.assertj.core.groups.Tuple.tuple("EH22-MED-REVISIT-MYNA", 4));
            assertThat(result.atCardRate().lines().get(0).pointsPerUnit()).isEqualByComparingTo("8.904");
            assertThat(result.period()).isEqualTo(new RulesPeriod(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 9, 30)));
            assertThat(result.rounding()).isEqualTo(RoundingStep.DAY);
            assertThat(result.beyondKnownRules()).isFalse();
            assertThat(result.warnings()).isEmpty();
        }
    }

    @Nested
    class TheLeafletsPharmacy {
        final FeeSimulation result = SIMULATOR.simulate(LeafletModelCase.PHARMACY.input());

        @Test
        void earns1011PointsAnd10110YenAMonth() {
            assertThat(result.atCardRate().pointsPerMonth()).isEqualByComparingTo("1011");
            assertThat(result.atCardRate().yenPerMonth()).isEqualTo(10_110);
            assertThat(result.atCardRate().pointsPerDay()).isNull();
            assertThat(result.atCardRate().yenPerDay()).isNull();
        }

        @Test
        void earns121320AYear() {
            assertThat(result.atCardRate().yenPerYear()).isEqualTo(121_320);
        }

        @Test
        void earns31800AYearOnPaperBecauseTheFallbackIsOnceEveryThreeMonths() {
            assertThat(result.allPaper().yenPerYear()).isEqualTo(31_800);
            assertThat(result.allPaper().yenPerMonth()).as("a month in which the window opens").isEqualTo(7_950);
            assertThat(result.allPaper().averageYenPerMonth()).isEqualTo(2_650);
            assertThat(result.assumptions()).anyMatch(a -> a.contains("同じ患者が毎月来る"));
        }

        @Test
        void newPatientsEveryMonthLetTheWindowNeverBite() {
            FeeSimulation open = SIMULATOR.simulate(LeafletModelCase.PHARMACY.input()
                    .withWindows(WindowAssumption.NEW_PATIENTS));
            assertThat(open.allPaper().yenPerYear()).isEqualTo(95_400);
            assertThat(open.atCardRate().yenPerYear()).as("月1回 rows are unaffected").isEqualTo(121_320);
        }
    }

    @Nested
    class Rounding {
        @Test
        void perMonthForAClinicRoundsTheMonthsPoints() {
            FeeSimulation r = SIMULATOR.simulate(LeafletModelCase.CLINIC.input().withRounding(RoundingStep.MONTH));
            // 42.824 × 20 = 856.48 → 856点
            assertThat(r.atCardRate().pointsPerDay()).isEqualByComparingTo("42.824");
            assertThat(r.atCardRate().pointsPerMonth()).isEqualByComparingTo("856");
            assertThat(r.atCardRate().yenPerMonth()).isEqualTo(8_560);
            assertThat(r.atCardRate().yenPerYear()).isEqualTo(102_720);
        }

        @Test
        void noneRoundsOnlyTheYen() {
            FeeSimulation r = SIMULATOR.simulate(LeafletModelCase.CLINIC.input().withRounding(RoundingStep.NONE));
            assertThat(r.atCardRate().yenPerDay()).isEqualTo(428);
            assertThat(r.atCardRate().yenPerMonth()).isEqualTo(8_565);
            assertThat(r.atCardRate().yenPerYear()).as("oqs-rules §3.6: 102,778円 without daily rounding").isEqualTo(102_778);
        }

        @Test
        void dayRoundingIsHalfUp() {
            // 3 × 0.5 × 7 + 0 = 10.5 → 11
            PatientMix mix = PatientMix.clinic(BigDecimal.valueOf(3), BigDecimal.ZERO, 1);
            FeeSimulation r = SIMULATOR.simulate(input(FeeSchedule.MEDICAL, LocalDate.of(2022, 4, 1), mix, "0.5",
                    CardRateCounting.MYNA_PATIENTS_ONLY));
            assertThat(r.atCardRate().pointsPerDay()).isEqualByComparingTo("11");
        }

        @Test
        void pharmacyNoneKeepsTheExactPoints() {
            FeeSimulation r = SIMULATOR.simulate(LeafletModelCase.PHARMACY.input().withRounding(RoundingStep.NONE));
            assertThat(r.atCardRate().pointsPerMonth()).isEqualByComparingTo("1011.24");
            assertThat(r.atCardRate().yenPerYear()).isEqualTo(121_349);
        }
    }

    @Nested
    class RulePeriodBoundaries {
        /** Clinic points per line on a day, every patient counted (the rest of the card-rate share on paper). */
        Map<String, Integer> clinicLines(String day) {
            return lines(SIMULATOR.simulate(input(FeeSchedule.MEDICAL, LocalDate.parse(day), CLINIC, "0.5",
                    CardRateCounting.EVERY_PATIENT).withDx(new DxFacts(true, true, true, false, new BigDecimal("0.9")))));
        }

        Map<String, Integer> pharmacyLines(String day) {
            return lines(SIMULATOR.simulate(input(FeeSchedule.PHARMACY, LocalDate.parse(day), PHARMACY, "0.5",
                    CardRateCounting.EVERY_PATIENT).withDx(new DxFacts(true, true, true, false, new BigDecimal("0.9")))));
        }

        @Test
        void electronicHealthInfoEndsAndInfrastructureStartsOn20221001() {
            assertThat(clinicLines("2022-09-30")).containsOnly(Map.entry("EH22-MED-FIRST-MYNA", 7),
                    Map.entry("EH22-MED-REVISIT-MYNA", 4), Map.entry("EH22-MED-FIRST-FALLBACK", 3));
            assertThat(clinicLines("2022-10-01")).containsOnly(Map.entry("IE2210-MED-FIRST-1", 4),
                    Map.entry("IE2210-MED-FIRST-2", 2));
            assertThat(pharmacyLines("2022-09-30")).containsOnly(Map.entry("EH22-PHA-MYNA", 3), Map.entry("EH22-PHA-FALLBACK", 1));
            assertThat(pharmacyLines("2022-10-01")).containsOnly(Map.entry("IE2210-PHA-1", 3), Map.entry("IE2210-PHA-2", 1));
        }

        @Test
        void theSpecialRulesRunFrom20230401To20231231() {
            assertThat(clinicLines("2023-03-31")).containsEntry("IE2210-MED-FIRST-1", 4).hasSize(2);
            assertThat(clinicLines("2023-04-01")).containsOnly(Map.entry("IE2304-MED-FIRST-1", 6),
                    Map.entry("IE2304-MED-FIRST-2", 2), Map.entry("IE2304-MED-REVISIT-3", 2));
            assertThat(pharmacyLines("2023-04-01")).containsEntry("IE2304-PHA-1", 4);
            assertThat(clinicLines("2023-12-31")).containsEntry("IE2304-MED-FIRST-1", 6).containsKey("IE2304-MED-REVISIT-3");
            assertThat(clinicLines("2024-01-01")).containsOnly(Map.entry("IE2401-MED-FIRST-1", 4),
                    Map.entry("IE2401-MED-FIRST-2", 2));
            assertThat(pharmacyLines("2024-01-01")).containsEntry("IE2401-PHA-1", 3);
        }

        @Test
        void informationAcquisitionAndDxStartOn20240601() {
            assertThat(clinicLines("2024-05-31")).containsKey("IE2401-MED-FIRST-1").doesNotContainKey("DX2406-MED");
            assertThat(clinicLines("2024-06-01")).containsOnly(Map.entry("IA2406-MED-FIRST-1", 3),
                    Map.entry("IA2406-MED-FIRST-2", 1), Map.entry("IA2406-MED-REVISIT-3", 2),
                    Map.entry("IA2406-MED-REVISIT-4", 1), Map.entry("DX2406-MED", 8));
            assertThat(pharmacyLines("2024-06-01")).containsEntry("DX2406-PHA", 4).containsEntry("IA2406-PHA-1", 3);
        }

        @Test
        void dxSplitsIntoThreeLevelsOn20241001() {
            assertThat(clinicLines("2024-09-30")).containsEntry("DX2406-MED", 8);
            assertThat(clinicLines("2024-10-01")).containsEntry("DX2410-MED-1", 11).doesNotContainKey("DX2406-MED");
            assertThat(pharmacyLines("2024-10-01")).containsEntry("DX2410-PHA-1", 7);
        }

        @Test
        void informationAcquisitionLosesTheMynaDifferenceOn20241202() {
            assertThat(clinicLines("2024-12-01")).containsEntry("IA2406-MED-FIRST-1", 3).containsEntry("IA2406-MED-FIRST-2", 1);
            assertThat(clinicLines("2024-12-02")).containsEntry("IA2412-MED-FIRST", 1).containsEntry("IA2412-MED-REVISIT", 1)
                    .doesNotContainKey("IA2406-MED-FIRST-1");
            assertThat(pharmacyLines("2024-12-02")).containsEntry("IA2412-PHA", 1);
            FeeSimulation pharmacy = SIMULATOR.simulate(input(FeeSchedule.PHARMACY, LocalDate.of(2024, 12, 2), PHARMACY,
                    "0.5", CardRateCounting.EVERY_PATIENT));
            assertThat(pharmacy.atCardRate().lines().get(0).windowMonths()).isEqualTo(12);
        }

        @Test
        void dxPointsRiseOn20250401() {
            assertThat(clinicLines("2025-03-31")).containsEntry("DX2410-MED-1", 11);
            assertThat(clinicLines("2025-04-01")).containsEntry("DX2504-MED-1", 12);
            assertThat(pharmacyLines("2025-04-01")).containsEntry("DX2504-PHA-1", 10);
        }

        @Test
        void thresholdsRiseOn20250101And20251001And20260301() {
            assertThat(level("2024-12-31", "0.15")).isEqualTo(1);
            assertThat(level("2025-01-01", "0.15")).isEqualTo(3);
            assertThat(level("2025-09-30", "0.45")).isEqualTo(1);
            assertThat(level("2025-10-01", "0.45")).isEqualTo(2);
            assertThat(level("2026-02-28", "0.60")).isEqualTo(1);
            assertThat(level("2026-03-01", "0.60")).isEqualTo(2);
        }

        @Test
        void before20220401NoAdditionExisted() {
            FeeSimulation r = SIMULATOR.simulate(input(FeeSchedule.MEDICAL, LocalDate.of(2022, 3, 31), CLINIC, "0.5",
                    CardRateCounting.EVERY_PATIENT));
            assertThat(r.period()).isNull();
            assertThat(r.atCardRate().lines()).isEmpty();
            assertThat(r.atCardRate().yenPerYear()).isZero();
            assertThat(r.warnings()).anyMatch(w -> w.contains("2022-04-01より前"));
        }

        @Test
        void after20260531TheLastKnownRulesAreCarriedForwardAsAnAssumption() {
            FeeSimulation last = SIMULATOR.simulate(input(FeeSchedule.MEDICAL, LocalDate.of(2026, 5, 31), CLINIC, "0.5",
                    CardRateCounting.EVERY_PATIENT));
            FeeSimulation next = SIMULATOR.simulate(input(FeeSchedule.MEDICAL, LocalDate.of(2026, 6, 1), CLINIC, "0.5",
                    CardRateCounting.EVERY_PATIENT));
            assertThat(last.beyondKnownRules()).isFalse();
            assertThat(next.beyondKnownRules()).isTrue();
            assertThat(next.rulesDate()).isEqualTo(LocalDate.of(2026, 5, 31));
            assertThat(next.assumptions()).anyMatch(a -> a.startsWith("2026-05-31より後の規則は分かっていません"));
            assertThat(next.atCardRate().yenPerYear()).isEqualTo(last.atCardRate().yenPerYear());
        }

        private int level(String day, String usageRate) {
            FeeSimulation r = SIMULATOR.simulate(input(FeeSchedule.MEDICAL, LocalDate.parse(day), CLINIC, "0.5",
                    CardRateCounting.EVERY_PATIENT).withDx(new DxFacts(true, true, true, false, new BigDecimal(usageRate))));
            return r.atCardRate().dx().level();
        }
    }

    @Nested
    class DxLevels {
        @ParameterizedTest(name = "{0} at {1}: 加算{2}")
        @CsvSource({
                "2025-10, 0.399, 3", "2025-10, 0.40, 2", "2025-10, 0.599, 2", "2025-10, 0.60, 1",
                "2025-10, 0.25, 3", "2024-10, 0.05, 3", "2024-10, 0.10, 2", "2024-10, 0.15, 1",
                "2025-01, 0.30, 1", "2025-04, 0.45, 1", "2025-04, 0.449, 2", "2026-03, 0.70, 1", "2026-03, 0.30, 3"})
        void theLevelFollowsTheUsageRate(String month, String rate, int level) {
            assertThat(choice(YearMonth.parse(month), new DxFacts(true, true, true, false, new BigDecimal(rate))).level())
                    .isEqualTo(level);
        }

        @Test
        void belowTheLowestThresholdNoLevelIsReached() {
            DxLevelChoice c = choice(YearMonth.of(2025, 10), new DxFacts(true, true, true, false, new BigDecimal("0.249")));
            assertThat(c.reached()).isFalse();
            assertThat(c.explanation()).contains("加算3").contains("利用率 24.9% < 25%");
        }

        @Test
        void withoutEPrescriptionAClinicFallsToLevels4To6From202504() {
            assertThat(choice(YearMonth.of(2025, 4), new DxFacts(true, false, false, false, new BigDecimal("0.5"))).level())
                    .isEqualTo(4);
            assertThat(choice(YearMonth.of(2025, 4), new DxFacts(true, false, false, false, new BigDecimal("0.2"))).level())
                    .isEqualTo(6);
        }

        @Test
        void thePediatricExceptionLowersLevel3To12Percent() {
            assertThat(choice(YearMonth.of(2025, 4), new DxFacts(true, true, false, true, new BigDecimal("0.12"))).level())
                    .isEqualTo(3);
            assertThat(choice(YearMonth.of(2025, 4), new DxFacts(true, true, false, false, new BigDecimal("0.12"))).reached())
                    .isFalse();
        }

        @Test
        void levels1And2NeededThePortalConsultationIn202410() {
            assertThat(choice(YearMonth.of(2024, 10), new DxFacts(true, false, false, false, new BigDecimal("0.5"))).level())
                    .isEqualTo(3);
        }

        @Test
        void aDentalClinicWithoutEPrescriptionIn202504GetsANotKnownResult() {
            FeeSimulation r = SIMULATOR.simulate(FeeSimulationInput.forMonth(FeeSchedule.DENTAL, YearMonth.of(2025, 4),
                    CLINIC, new BigDecimal("0.5"), CardRateCounting.EVERY_PATIENT,
                    new DxFacts(true, false, false, false, new BigDecimal("0.5")), null, null));
            assertThat(r.atCardRate().dx().pointsUnknown()).isTrue();
            assertThat(r.atCardRate().dx().level()).isEqualTo(4);
            assertThat(r.atCardRate().lines()).noneMatch(l -> l.rule().isDxLevel());
            assertThat(r.warnings()).anyMatch(w -> w.contains("点数は不明"));
        }

        @Test
        void notFiledLeavesTheAdditionOut() {
            DxLevelChoice c = choice(YearMonth.of(2025, 10), DxFacts.notFiled());
            assertThat(c.reached()).isFalse();
            assertThat(c.explanation()).contains("届出なし");
        }

        @Test
        void withoutAUsageRateTheCardRateIsUsedAndSaid() {
            FeeSimulation r = SIMULATOR.simulate(FeeSimulationInput.forMonth(FeeSchedule.MEDICAL, YearMonth.of(2025, 10),
                    CLINIC, new BigDecimal("0.45"), CardRateCounting.EVERY_PATIENT,
                    new DxFacts(true, true, false, false, null), null, null));
            assertThat(r.atCardRate().dx().level()).isEqualTo(2);
            assertThat(r.assumptions()).anyMatch(a -> a.contains("カード利用率 45% を利用率として"));
            assertThat(r.allPaper().dx().reached()).as("all on paper: 0% usage").isFalse();
        }

        private DxLevelChoice choice(YearMonth month, DxFacts facts) {
            return SIMULATOR.simulate(FeeSimulationInput.forMonth(FeeSchedule.MEDICAL, month, CLINIC,
                    new BigDecimal("0.5"), CardRateCounting.EVERY_PATIENT, facts, null, null)).atCardRate().dx();
        }
    }

    @Nested
    class CountingAndMonths {
        @Test
        void everyPatientAddsThePaperRowsForTheRest() {
            FeeSimulation r = SIMULATOR.simulate(LeafletModelCase.CLINIC.input()
                    .withCardRate(LeafletModelCase.CARD_RATE, CardRateCounting.EVERY_PATIENT));
            // 42.824 + 3 × 3 × 0.576 = 42.824 + 5.184 = 48.008 → 48点/日
            assertThat(r.atCardRate().pointsPerDay()).isEqualByComparingTo("48");
            assertThat(r.atCardRate().yenPerYear()).isEqualTo(115_200);
        }

        @Test
        void aMonthWhoseRulesChangeOnTheSecondUsesTheNewRulesAndSaysSo() {
            FeeSimulation r = SIMULATOR.simulate(FeeSimulationInput.forMonth(FeeSchedule.MEDICAL, YearMonth.of(2024, 12),
                    CLINIC, new BigDecimal("0.5"), CardRateCounting.EVERY_PATIENT, DxFacts.notFiled(), null, null));
            assertThat(r.period().from()).isEqualTo(LocalDate.of(2024, 12, 2));
            assertThat(r.assumptions()).anyMatch(a -> a.contains("2024-12は2024-12-02に規則が変わる"));
        }

        @Test
        void homeRowsAreListedAsNotSimulated() {
            FeeSimulation r = SIMULATOR.simulate(input(FeeSchedule.MEDICAL, LocalDate.of(2025, 1, 1), CLINIC, "0.5",
                    CardRateCounting.EVERY_PATIENT));
            assertThat(r.notSimulated()).extracting(FeeRule::ruleId).containsExactly("HD2406-MED-HOME");
        }
    }

    @Nested
    class Series {
        final List<MonthlyFee> months = SIMULATOR.series(LeafletModelCase.CLINIC.input(), YearMonth.of(2026, 8));

        @Test
        void runsMonthByMonthFrom202204() {
            assertThat(months).hasSize(53);
            assertThat(months.get(0).month()).isEqualTo(YearMonth.of(2022, 4));
            assertThat(months.get(0).atCardRateYen()).isEqualTo(8_600);
            assertThat(months.get(0).allPaperYen()).isEqualTo(1_800);
            assertThat(months.get(0).additions()).containsExactly("電子的保健医療情報活用加算");
        }

        @Test
        void marksThePeriodChangesAndTheAssumedMonths() {
            List<String> starts = months.stream().filter(MonthlyFee::periodStarts).map(m -> m.month().toString()).toList();
            assertThat(starts).containsExactly("2022-04", "2022-10", "2023-04", "2024-01", "2024-06", "2024-10",
                    "2024-12", "2025-01", "2025-04", "2025-10", "2026-03");
            assertThat(months.stream().filter(MonthlyFee::beyondKnownRules).map(m -> m.month().toString()))
                    .containsExactly("2026-06", "2026-07", "2026-08");
        }

        @Test
        void theSpecialRulesShowInTheMonthlyYen() {
            Map<String, Long> paper = months.stream().collect(Collectors.toMap(m -> m.month().toString(),
                    MonthlyFee::allPaperYen));
            // all paper, 2023-04 特例: (6 × 3 + 2 × 20) × 10 × 20 = 11,600円/月; 2024-01: 4 × 3 × 10 × 20 = 2,400円
            assertThat(paper.get("2023-04")).isEqualTo(11_600);
            assertThat(paper.get("2024-01")).isEqualTo(2_400);
        }
    }

    static FeeSimulationInput input(FeeSchedule setting, LocalDate day, PatientMix mix, String cardRate,
                                    CardRateCounting counting) {
        return new FeeSimulationInput(setting, day, false, mix, new BigDecimal(cardRate), counting, DxFacts.notFiled(),
                null, null);
    }

    static Map<String, Integer> lines(FeeSimulation r) {
        Map<String, Integer> byId = new java.util.LinkedHashMap<>();
        for (FeeScenario s : List.of(r.atCardRate(), r.allPaper())) {
            for (FeeLine l : s.lines()) byId.put(l.ruleId(), l.points());
        }
        return byId;
    }
}
