package org.openoqs.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoqs.app.generate.CardHolderSample.CardHolder;
import org.openoqs.app.generate.CardPlan.Variant;
import org.openoqs.core.code.Sex;
import org.openoqs.core.identity.BasicFourFacts;
import org.openoqs.core.identity.BasicFourFactsMatcher;

class CardPlanTest {
    private static final LocalDate REFERENCE = LocalDate.of(2026, 4, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private final BasicFourFactsMatcher matcher = new BasicFourFactsMatcher();

    private static CardHolder holder(int i) {
        return new CardHolder(PersonKey.of(1, i), "06130819",
                new BasicFourFacts("山田　太郎", LocalDate.of(1980, 4, 15), Sex.MALE, "東京都港区芝１丁目２番３号"));
    }

    @Test
    void mostCardsHavePin1234AndEveryPinIsFourDigits() {
        long common = 0;
        for (int i = 0; i < 400; i++) {
            CardPlan plan = CardPlan.of(holder(i), Variant.NONE, 5, REFERENCE, TODAY);
            assertThat(plan.pin()).matches("[0-9]{4}");
            if (plan.pin().equals("1234")) common++;
        }
        assertThat(common).isBetween(280L, 360L);
    }

    @Test
    void theSamePersonAndSeedGiveTheSamePlan() {
        assertThat(CardPlan.of(holder(3), Variant.MOVED, 5, REFERENCE, TODAY))
                .isEqualTo(CardPlan.of(holder(3), Variant.MOVED, 5, REFERENCE, TODAY));
        CardPlan plan = CardPlan.of(holder(3), Variant.NONE, 5, REFERENCE, TODAY);
        assertThat(plan.faceId()).matches("face-[0-9a-f]{12}")
                .isNotEqualTo(CardPlan.of(holder(4), Variant.NONE, 5, REFERENCE, TODAY).faceId());
        assertThat(plan.cardFacts()).isEqualTo(plan.holder().facts());
        assertThat(plan.note()).isEmpty();
    }

    @Test
    void cardsAreIssuedInTheYearBeforeTheReferenceDateOrToday() {
        for (int i = 0; i < 100; i++) {
            assertThat(CardPlan.of(holder(i), Variant.NONE, 5, REFERENCE, TODAY).issuedOn())
                    .isBetween(REFERENCE.minusDays(364), REFERENCE);
            assertThat(CardPlan.of(holder(i), Variant.NONE, 5, REFERENCE, LocalDate.of(2026, 1, 1)).issuedOn())
                    .as("never in the future").isBeforeOrEqualTo(LocalDate.of(2026, 1, 1));
        }
        CardHolder baby = new CardHolder("PK000000000Z", "06130819",
                new BasicFourFacts("山田　陽翔", LocalDate.of(2026, 3, 30), Sex.MALE, "東京都港区"));
        assertThat(CardPlan.of(baby, Variant.NONE, 5, REFERENCE, TODAY).issuedOn()).isAfterOrEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void aMovedPersonsCardHasAnAddressTheMatcherRefuses() {
        CardPlan plan = CardPlan.of(holder(1), Variant.MOVED, 5, REFERENCE, TODAY);
        assertThat(matcher.mismatches(plan.cardFacts(), plan.holder().facts())).isEqualTo(List.of(BasicFourFactsMatcher.ADDRESS));
        assertThat(plan.note()).contains("Address", "held for review");
    }

    @Test
    void aRenamedPersonsCardHasANameTheMatcherRefuses() {
        CardPlan plan = CardPlan.of(holder(2), Variant.RENAMED, 5, REFERENCE, TODAY);
        assertThat(matcher.mismatches(plan.cardFacts(), plan.holder().facts())).isEqualTo(List.of(BasicFourFactsMatcher.NAME));
        assertThat(plan.cardFacts().name()).endsWith("\u3000太郎").doesNotStartWith("山田");
        assertThat(plan.note()).contains("Name", "held for review");
    }
}
