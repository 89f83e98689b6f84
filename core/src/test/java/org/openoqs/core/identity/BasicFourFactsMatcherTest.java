package org.openoqs.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openoqs.core.code.Sex;

class BasicFourFactsMatcherTest {
    private final BasicFourFactsMatcher matcher = new BasicFourFactsMatcher();
    private final BasicFourFacts card = new BasicFourFacts("山田　太郎", LocalDate.of(1980, 4, 15), Sex.MALE,
            "東京都千代田区霞が関1丁目2番3号");

    @Test
    void identicalFactsMatch() {
        assertThat(matcher.mismatches(card, card)).isEmpty();
    }

    @Test
    void spellingsOfTheSameTextMatch() {
        var record = new BasicFourFacts("山田 太郎", card.birthdate(), Sex.MALE, "千代田区霞が関１－２－３");
        assertThat(matcher.mismatches(card, record)).isEmpty();
    }

    @Test
    void registeredVariantCharactersMatch() {
        var a = new BasicFourFacts("髙橋　一郎", card.birthdate(), Sex.MALE, "大阪府大阪市北区梅田3-1-1");
        var b = new BasicFourFacts("高橋　一郎", card.birthdate(), Sex.MALE, "大阪府大阪市北区梅田3丁目1番1号");
        assertThat(matcher.mismatches(a, b)).isEmpty();
    }

    @Test
    void eachDifferingFactIsNamed() {
        var record = new BasicFourFacts("山田　次郎", LocalDate.of(1980, 4, 16), Sex.FEMALE, "東京都千代田区霞が関1-2-4");
        assertThat(matcher.mismatches(card, record)).containsExactly("Name", "Birthdate", "Sex1", "Address");
    }

    @Test
    void aMovedAddressDoesNotMatch() {
        var record = new BasicFourFacts(card.name(), card.birthdate(), card.sex(), "神奈川県横浜市中区山下町1-2-3");
        assertThat(matcher.mismatches(card, record)).containsExactly("Address");
    }

    @Test
    void aPrefectureOnlyOneSideWritesStillMatchesButADifferentPrefectureDoesNot() {
        var without = new BasicFourFacts(card.name(), card.birthdate(), card.sex(), "千代田区霞が関1-2-3");
        var other = new BasicFourFacts(card.name(), card.birthdate(), card.sex(), "北海道千代田区霞が関1-2-3");
        assertThat(matcher.mismatches(card, without)).isEmpty();
        assertThat(matcher.mismatches(card, other)).containsExactly("Address");
    }

    @Test
    void anUnrepresentableCharacterGoesToReview() {
        var record = new BasicFourFacts("山●　太郎", card.birthdate(), card.sex(), card.address());
        assertThat(matcher.mismatches(new BasicFourFacts("山●　太郎", card.birthdate(), card.sex(), card.address()), record))
                .containsExactly("Name");
    }

    @Test
    void anEmptyAddressNeverMatches() {
        var record = new BasicFourFacts(card.name(), card.birthdate(), card.sex(), "");
        assertThat(matcher.mismatches(new BasicFourFacts(card.name(), card.birthdate(), card.sex(), ""), record))
                .containsExactly("Address");
    }
}
