package org.openoqs.app.generate.medical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.openoqs.core.code.Sex;

class ChronicConditionTest {

    @Test
    void prevalenceGrowsWithAge() {
        for (Sex sex : new Sex[] {Sex.MALE, Sex.FEMALE}) {
            assertThat(ChronicCondition.HYPERTENSION.prevalence(30, sex)).isLessThan(ChronicCondition.HYPERTENSION.prevalence(55, sex));
            assertThat(ChronicCondition.HYPERTENSION.prevalence(55, sex)).isLessThan(ChronicCondition.HYPERTENSION.prevalence(85, sex));
        }
    }

    @Test
    void sexSpecificConditions() {
        assertThat(ChronicCondition.PROSTATE.prevalence(80, Sex.FEMALE)).isZero();
        assertThat(ChronicCondition.PROSTATE.prevalence(80, Sex.MALE)).isPositive();
        assertThat(ChronicCondition.OSTEOPOROSIS.prevalence(80, Sex.FEMALE))
                .isGreaterThan(5 * ChronicCondition.OSTEOPOROSIS.prevalence(80, Sex.MALE));
    }

    @Test
    void regimensComeFromTheCatalogue() {
        SplittableRandom random = new SplittableRandom(1);
        for (ChronicCondition c : ChronicCondition.values()) {
            assertThat(c.pickRegimen(random)).isNotEmpty().allSatisfy(d -> assertThat(DrugCatalog.all()).contains(d));
        }
    }
}
