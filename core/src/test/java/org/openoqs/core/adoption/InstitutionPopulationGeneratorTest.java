package org.openoqs.core.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openoqs.core.code.Prefecture;
import org.openoqs.core.institution.InstitutionType;
import org.openoqs.core.number.MedicalInstitutionCode;

class InstitutionPopulationGeneratorTest {
    /** Every published anchor within ±1.5 percentage points (docs/adoption.md). */
    static final double TOLERANCE = 0.015;
    private static List<InstitutionAdoption> national;

    @BeforeAll
    static void generateTheNation() {
        national = new InstitutionPopulationGenerator(1).generate(InstitutionPopulationGenerator.NATIONAL_COUNT);
    }

    @Test
    void countsByTypeAreThePublishedOnesExactly() {
        assertThat(national).hasSize(229_717);
        assertThat(count(InstitutionType.HOSPITAL)).isEqualTo(8_192);
        assertThat(count(InstitutionType.MEDICAL_CLINIC)).isEqualTo(89_695);
        assertThat(count(InstitutionType.DENTAL_CLINIC)).isEqualTo(70_335);
        assertThat(count(InstitutionType.PHARMACY)).isEqualTo(61_495);
        assertThat(national.stream().filter(InstitutionAdoption::mandated).count()).isEqualTo(213_686);
    }

    @Test
    void everyPublishedAnchorIsHitWithinTolerance() {
        AdoptionCensus census = new AdoptionCensus(national);
        for (AdoptionCalibration.Anchor anchor : AdoptionCalibration.anchors()) {
            double share = census.on(anchor.date()).reachedShare(null, anchor.type(), anchor.ofMandated(), anchor.stage());
            assertThat(share).as("%s", anchor).isCloseTo(anchor.share(), within(TOLERANCE));
        }
    }

    @Test
    void theOperatingCountOf2024IsAbout211000() {
        long operating = national.stream().filter(i -> i.stageOn(LocalDate.of(2024, 5, 19)) == AdoptionStage.OPERATING).count();
        assertThat(operating).isBetween(208_000L, 214_000L);
    }

    @Test
    void nonMandatedInstitutionsReachNothingBeforeTheMandateAndMostNeverOperate() {
        List<InstitutionAdoption> exempt = national.stream().filter(i -> !i.mandated()).toList();
        assertThat(exempt).allMatch(i -> i.cardReaderAppliedOn() == null
                || !i.cardReaderAppliedOn().isBefore(AdoptionCalibration.MANDATE));
        long everOperating = exempt.stream().filter(i -> i.operatingOn() != null).count();
        assertThat((double) everOperating / exempt.size()).isLessThan(0.15);
        assertThat(exempt.stream().filter(i -> i.institutionType() == InstitutionType.HOSPITAL)).isEmpty();
    }

    @Test
    void yamanashiRunsAtAboutThreeInTenInAutumn2022() {
        AdoptionCensus census = new AdoptionCensus(national);
        double share = census.on(LocalDate.of(2022, 10, 16)).reachedShare(Prefecture.YAMANASHI, null, false,
                AdoptionStage.OPERATING);
        assertThat(share).isCloseTo(0.30, within(0.05));
    }

    @Test
    void prefecturesVaryAroundTheNationAndAreSizedByPopulation() {
        AdoptionCensus.Tally tally = new AdoptionCensus(national).on(LocalDate.of(2023, 2, 19));
        double lowest = 1;
        double highest = 0;
        for (Prefecture p : Prefecture.values()) {
            double share = tally.reachedShare(p, null, false, AdoptionStage.OPERATING);
            lowest = Math.min(lowest, share);
            highest = Math.max(highest, share);
            assertThat((double) tally.total(p, null, false) / national.size())
                    .isCloseTo(PrefectureWeights.share(p), within(0.0005));
        }
        assertThat(highest - lowest).as("spread between prefectures").isBetween(0.08, 0.40);
        assertThat(tally.total(Prefecture.TOKYO, null, false)).isGreaterThan(tally.total(Prefecture.TOTTORI, null, false) * 20);
    }

    @Test
    void codesAreValidUniqueAndFitTypeAndPrefecture() {
        Set<String> codes = new HashSet<>();
        for (InstitutionAdoption institution : national) {
            MedicalInstitutionCode code = MedicalInstitutionCode.parse(institution.medicalInstitutionCode().value());
            assertThat(codes.add(code.value())).as("unique %s", code).isTrue();
            int number = Integer.parseInt(code.value().substring(5, 9));
            assertThat(InstitutionPopulationGenerator.CodeAllocator.isMissingNumber(number)).isFalse();
            int low = switch (institution.institutionType()) {
                case HOSPITAL, MEDICAL_CLINIC -> 1000;
                case DENTAL_CLINIC -> 3000;
                case PHARMACY -> 4000;
            };
            assertThat(number).isBetween(low, institution.institutionType() == InstitutionType.MEDICAL_CLINIC
                    || institution.institutionType() == InstitutionType.HOSPITAL ? 2999 : low + 999);
        }
    }

    @Test
    void namesLookLikeTheirType() {
        assertThat(national).filteredOn(i -> i.institutionType() == InstitutionType.PHARMACY)
                .allMatch(i -> i.institutionName().contains("薬局") || i.institutionName().contains("ファーマシー"));
        assertThat(national).filteredOn(i -> i.institutionType() == InstitutionType.DENTAL_CLINIC)
                .allMatch(i -> i.institutionName().contains("歯科") || i.institutionName().contains("デンタル"));
        assertThat(national).filteredOn(i -> i.institutionType() == InstitutionType.HOSPITAL)
                .allMatch(i -> i.institutionName().endsWith("病院"));
    }

    @Test
    void theSameSeedGivesTheSamePopulationAndAnotherSeedAnother() {
        List<InstitutionAdoption> again = new InstitutionPopulationGenerator(1).generate(5_000);
        assertThat(again).isEqualTo(new InstitutionPopulationGenerator(1).generate(5_000));
        assertThat(again).isNotEqualTo(new InstitutionPopulationGenerator(2).generate(5_000));
    }

    @Test
    void smallerPopulationsKeepTheProportions() {
        List<InstitutionAdoption> small = new InstitutionPopulationGenerator(3).generate(20_000);
        assertThat(small).hasSize(20_000);
        double share = new AdoptionCensus(small).on(LocalDate.of(2023, 2, 19))
                .reachedShare(null, null, false, AdoptionStage.OPERATING);
        assertThat(share).isCloseTo(0.496, within(TOLERANCE));
    }

    @Test
    void refusesCountsOutsideTheRange() {
        assertThatThrownBy(() -> new InstitutionPopulationGenerator(1).generate(0)).hasMessageContaining("count");
        assertThatThrownBy(() -> new InstitutionPopulationGenerator(1).generate(InstitutionPopulationGenerator.MAX_COUNT + 1))
                .hasMessageContaining("count");
    }

    private static long count(InstitutionType type) {
        return national.stream().filter(i -> i.institutionType() == type).count();
    }
}
