package org.openoqs.core.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openoqs.core.institution.InstitutionType;

class AdoptionCalibrationTest {
    private final AdoptionCalibration curves = AdoptionCalibration.national();

    @Test
    void curvesRiseMonotonicallyAndStagesAreNested() {
        for (InstitutionType type : InstitutionType.values()) {
            for (boolean mandated : new boolean[] {true, false}) {
                double[] previous = new double[5];
                for (LocalDate d = AdoptionCalibration.START; !d.isAfter(AdoptionCalibration.END); d = d.plusDays(1)) {
                    double later = 1;
                    for (AdoptionStage stage : AdoptionStage.milestones()) {
                        double share = mandated ? curves.mandatedShare(type, stage, d) : curves.nonMandatedShare(stage, d);
                        assertThat(share).as("%s %s %s", type, stage, d).isGreaterThanOrEqualTo(previous[stage.ordinal()] - 1e-12);
                        previous[stage.ordinal()] = share;
                        later = share;
                    }
                    assertThat(curves.mandatedShare(type, AdoptionStage.CARD_READER_APPLIED, d))
                            .isGreaterThanOrEqualTo(curves.mandatedShare(type, AdoptionStage.USAGE_APPLIED, d));
                    assertThat(curves.mandatedShare(type, AdoptionStage.READY, d))
                            .isGreaterThanOrEqualTo(later);
                }
            }
        }
    }

    @Test
    void nothingOperatesBeforeThePilotAndNonMandatedNothingBeforeTheMandate() {
        for (InstitutionType type : InstitutionType.values()) {
            assertThat(curves.mandatedShare(type, AdoptionStage.OPERATING, AdoptionCalibration.PILOT)).isZero();
        }
        assertThat(curves.nonMandatedShare(AdoptionStage.CARD_READER_APPLIED, AdoptionCalibration.MANDATE)).isZero();
        assertThat(curves.nonMandatedShare(AdoptionStage.OPERATING, AdoptionCalibration.END)).isCloseTo(0.10, within(1e-9));
    }

    @Test
    void theCurvesPassThroughTheConfirmedByTypeFigures() {
        double hospitals = curves.mandatedShare(InstitutionType.HOSPITAL, AdoptionStage.OPERATING, LocalDate.of(2023, 2, 19));
        assertThat(hospitals).isCloseTo(0.601, within(1e-9));
        double pharmacies = curves.mandatedShare(InstitutionType.PHARMACY, AdoptionStage.OPERATING, LocalDate.of(2021, 12, 19));
        assertThat(pharmacies).isCloseTo(0.141 * 61_495 / (61_495 - 922), within(1e-9));
    }

    @Test
    void firstDayIsWhereTheCurveReachesTheQuantile() {
        LocalDate day = curves.firstDay(InstitutionType.HOSPITAL, true, AdoptionStage.OPERATING, 0.601);
        assertThat(day).isEqualTo(LocalDate.of(2023, 2, 19));
        assertThat(curves.firstDay(InstitutionType.HOSPITAL, true, AdoptionStage.OPERATING, 0.9999)).isNull();
        assertThat(curves.firstDay(InstitutionType.MEDICAL_CLINIC, false, AdoptionStage.OPERATING, 0.05))
                .isAfter(AdoptionCalibration.MANDATE);
    }

    @Test
    void fitClosesGapsUpwardsAndScalesDownwards() {
        double[] up = AdoptionCalibration.fit(new double[] {0.5, 0.0}, new double[] {1, 1}, 0.5);
        // the total 0.25 rises to 0.5: a third of every gap is closed
        assertThat(up[0]).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(up[1]).isCloseTo(1 / 3.0, within(1e-9));
        double[] down = AdoptionCalibration.fit(new double[] {0.4, 0.2}, new double[] {1, 1}, 0.15);
        assertThat(down).containsExactly(new double[] {0.2, 0.1}, within(1e-9));
    }
}
