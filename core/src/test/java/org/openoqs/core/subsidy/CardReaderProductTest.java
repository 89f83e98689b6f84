package org.openoqs.core.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openoqs.core.InvalidValueException;

class CardReaderProductTest {

    @Test
    void displayNameFallsBackToTheMaker() {
        assertThat(new CardReaderProduct("A", "株式会社アルメックス", "マイナタッチ", 4, Confidence.S, null).displayName())
                .isEqualTo("株式会社アルメックス マイナタッチ");
        assertThat(new CardReaderProduct("P", "パナソニック", null, 4, Confidence.S, null).displayName())
                .isEqualTo("パナソニック");
    }

    @Test
    void validatesItsFields() {
        assertField(() -> new CardReaderProduct("", "M", null, 4, Confidence.S, ""), "ProductCode");
        assertField(() -> new CardReaderProduct("P", " ", null, 4, Confidence.S, ""), "Maker");
        assertField(() -> new CardReaderProduct("P", "M", null, -1, Confidence.S, ""), "LeadMonths");
        assertField(() -> new CardReaderProduct("P", "M", null, 4, null, ""), "Confidence");
    }

    private static void assertField(Runnable build, String field) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
