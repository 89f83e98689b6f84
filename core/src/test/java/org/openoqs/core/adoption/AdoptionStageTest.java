package org.openoqs.core.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openoqs.core.InvalidValueException;

class AdoptionStageTest {
    @Test
    void stagesAreOrderedFromNotStartedToOperating() {
        assertThat(AdoptionStage.OPERATING.atLeast(AdoptionStage.READY)).isTrue();
        assertThat(AdoptionStage.CARD_READER_APPLIED.atLeast(AdoptionStage.USAGE_APPLIED)).isFalse();
        assertThat(AdoptionStage.milestones()).containsExactly(AdoptionStage.CARD_READER_APPLIED,
                AdoptionStage.USAGE_APPLIED, AdoptionStage.READY, AdoptionStage.OPERATING);
    }

    @Test
    void onlyTheStagesWithPublishedFiguresAreCalibrated() {
        assertThat(AdoptionStage.USAGE_APPLIED.calibrated()).isFalse();
        assertThat(AdoptionStage.READY.calibrated()).isTrue();
        assertThat(AdoptionStage.OPERATING.label()).isEqualTo("運用中");
    }

    @Test
    void parsesNamesAndLabels() {
        assertThat(AdoptionStage.parse("ready")).isEqualTo(AdoptionStage.READY);
        assertThat(AdoptionStage.parse(" 未着手 ")).isEqualTo(AdoptionStage.NOT_STARTED);
        assertThatThrownBy(() -> AdoptionStage.parse("DONE")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("AdoptionStage");
    }
}
