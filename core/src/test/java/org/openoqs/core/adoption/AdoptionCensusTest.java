package org.openoqs.core.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.openoqs.core.code.Prefecture.TOKYO;
import static org.openoqs.core.code.Prefecture.YAMANASHI;
import static org.openoqs.core.institution.InstitutionType.HOSPITAL;
import static org.openoqs.core.institution.InstitutionType.MEDICAL_CLINIC;
import static org.openoqs.core.institution.InstitutionType.PHARMACY;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdoptionCensusTest {
    private final AdoptionCensus census = new AdoptionCensus(List.of(
            Institutions.of(YAMANASHI, MEDICAL_CLINIC, 1, true, "2021-03-10", "2021-04-01", "2021-05-01", "2021-05-20"),
            Institutions.of(YAMANASHI, MEDICAL_CLINIC, 2, true, "2021-04-15", "2021-06-01"),
            Institutions.of(YAMANASHI, MEDICAL_CLINIC, 3, false),
            Institutions.of(YAMANASHI, PHARMACY, 1, true, "2021-03-01", "2021-03-02", "2021-03-03", "2021-03-31"),
            Institutions.of(TOKYO, HOSPITAL, 1, true, "2021-01-01", "2021-02-01", "2021-04-30", "2021-06-15"),
            Institutions.of(TOKYO, PHARMACY, 2, false, "2021-05-01")));

    @Test
    void countsEachInstitutionAtItsStageOnTheDate() {
        AdoptionCensus.Tally tally = census.on(LocalDate.of(2021, 5, 1));
        assertThat(tally.count(YAMANASHI, MEDICAL_CLINIC, false, AdoptionStage.READY)).isEqualTo(1);
        assertThat(tally.count(YAMANASHI, MEDICAL_CLINIC, false, AdoptionStage.CARD_READER_APPLIED)).isEqualTo(1);
        assertThat(tally.count(YAMANASHI, MEDICAL_CLINIC, false, AdoptionStage.NOT_STARTED)).isEqualTo(1);
        assertThat(tally.count(null, null, false, AdoptionStage.OPERATING)).isEqualTo(1);
        assertThat(tally.count(null, null, false, AdoptionStage.READY)).isEqualTo(2);
        assertThat(tally.count(TOKYO, PHARMACY, false, AdoptionStage.CARD_READER_APPLIED)).isEqualTo(1);
        assertThat(tally.total(null, null, false)).isEqualTo(6);
        assertThat(tally.total(null, null, true)).isEqualTo(4);
    }

    @Test
    void reachedCountsTheStageAndEveryLaterOne() {
        AdoptionCensus.Tally tally = census.on(LocalDate.of(2021, 6, 30));
        assertThat(tally.reached(null, null, false, AdoptionStage.CARD_READER_APPLIED)).isEqualTo(5);
        assertThat(tally.reached(null, null, false, AdoptionStage.OPERATING)).isEqualTo(3);
        assertThat(tally.reachedShare(YAMANASHI, null, false, AdoptionStage.OPERATING)).isCloseTo(0.5, within(1e-9));
        assertThat(tally.reachedShare(YAMANASHI, MEDICAL_CLINIC, true, AdoptionStage.USAGE_APPLIED)).isEqualTo(1.0);
        assertThat(tally.share(YAMANASHI, MEDICAL_CLINIC, false, AdoptionStage.NOT_STARTED)).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(tally.reachedShare(TOKYO, MEDICAL_CLINIC, false, AdoptionStage.OPERATING)).isZero();
    }

    @Test
    void monthlySeriesCountsByTheMonthsLastDayAndStopsAtTheAsOfDate() {
        List<AdoptionCensus.MonthlyPoint> series = census.monthly(YearMonth.of(2021, 3), LocalDate.of(2021, 6, 10),
                AdoptionStage.OPERATING, null);
        assertThat(series).extracting(AdoptionCensus.MonthlyPoint::month).containsExactly(YearMonth.of(2021, 3),
                YearMonth.of(2021, 4), YearMonth.of(2021, 5), YearMonth.of(2021, 6));
        assertThat(series).extracting(p -> p.reached()).containsExactly(1, 1, 2, 2);
        assertThat(series.get(3).on()).isEqualTo(LocalDate.of(2021, 6, 10));
        assertThat(series.get(2).share(MEDICAL_CLINIC)).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(series.get(2).share(PHARMACY)).isCloseTo(0.5, within(1e-9));
        assertThat(series.get(2).share()).isCloseTo(2 / 6.0, within(1e-9));
    }

    @Test
    void monthlySeriesCountsEarlierDatesInTheFirstMonthAndFiltersByPrefecture() {
        List<AdoptionCensus.MonthlyPoint> series = census.monthly(YearMonth.of(2021, 3), LocalDate.of(2021, 3, 31),
                AdoptionStage.CARD_READER_APPLIED, TOKYO);
        assertThat(series).hasSize(1);
        assertThat(series.get(0).reached(HOSPITAL)).isEqualTo(1);
        assertThat(series.get(0).totalByType()).containsExactly(1, 0, 0, 1);
        assertThat(census.monthly(YearMonth.of(2021, 7), LocalDate.of(2021, 6, 1), AdoptionStage.OPERATING, null)).isEmpty();
    }

    @Test
    void seriesAgreesWithTheTallyOnEveryMonthEnd() {
        List<InstitutionAdoption> generated = new InstitutionPopulationGenerator(5).generate(3_000);
        AdoptionCensus big = new AdoptionCensus(generated);
        LocalDate asOf = LocalDate.of(2024, 1, 15);
        for (AdoptionCensus.MonthlyPoint point : big.monthly(YearMonth.of(2021, 3), asOf, AdoptionStage.READY, YAMANASHI)) {
            assertThat(point.reached()).isEqualTo(big.on(point.on()).reached(YAMANASHI, null, false, AdoptionStage.READY));
        }
    }
}
