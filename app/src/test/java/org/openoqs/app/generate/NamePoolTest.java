package org.openoqs.app.generate;

import org.openoqs.core.code.Sex;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.openoqs.core.text.KanaWidth;

class NamePoolTest {
    private final NamePool names = new NamePool();

    @Test
    void readingsAreFullWidthKatakanaThatBecomeHalfWidth() {
        Set<NamePool.NamePart> all = new HashSet<>(names.familyNames());
        for (Sex sex : Sex.values()) {
            for (int year : new int[] {1940, 1975, 2010}) all.addAll(names.givenNames(sex, year));
        }
        assertThat(all).hasSizeGreaterThan(200).allSatisfy(part -> {
            assertThat(part.kana()).matches("[\\u30A1-\\u30FC]+");
            assertThat(KanaWidth.toHalfWidth(part.kana())).matches("[\\uFF65-\\uFF9F]+");
        });
    }

    @Test
    void givenNamesDependOnSexAndGeneration() {
        assertThat(names.givenNames(Sex.FEMALE, 1940)).extracting(NamePool.NamePart::kanji).contains("和子");
        assertThat(names.givenNames(Sex.FEMALE, 2015)).extracting(NamePool.NamePart::kanji).contains("陽葵")
                .doesNotContain("和子");
        assertThat(names.givenNames(Sex.MALE, 2015)).extracting(NamePool.NamePart::kanji).contains("蓮");
    }

    @Test
    void commonFamilyNamesAreDrawnMoreOften() {
        SplittableRandom random = new SplittableRandom(1);
        int sato = 0;
        int shinohara = 0;
        for (int i = 0; i < 50_000; i++) {
            String name = names.familyName(random).kanji();
            if (name.equals("佐藤")) sato++;
            if (name.equals("篠原")) shinohara++;
        }
        assertThat(sato).isGreaterThan(shinohara * 5);
    }

    @Test
    void personNameUsesFullWidthSpaceAndKanaHalfWidthSpace() {
        Person person = new Person("PK0000000000", new NamePool.NamePart("佐藤", "サトウ"),
                new NamePool.NamePart("陽翔", "ハルト"), Sex.MALE, java.time.LocalDate.of(2020, 5, 1));
        assertThat(person.name()).isEqualTo("佐藤\u3000陽翔");
        assertThat(person.nameKana()).isEqualTo("ｻﾄｳ ﾊﾙﾄ");
    }

    @Test
    void everyGeneratedNameKanaIsHalfWidthKatakanaAroundOneSpace() {
        assertThat(GeneratedPopulation.of(500, 11).rows).allSatisfy(r ->
                assertThat(r.get("NameKana")).matches("[\\uFF65-\\uFF9F]+ [\\uFF65-\\uFF9F]+"));
    }
}
