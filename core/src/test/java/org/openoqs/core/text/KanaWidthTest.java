package org.openoqs.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KanaWidthTest {

    @Test
    void convertsOqsSampleName() {
        assertThat(KanaWidth.toHalfWidth("シンリョウ　タロウ")).isEqualTo("ｼﾝﾘｮｳ ﾀﾛｳ");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "ガ, ｶﾞ", "ギ, ｷﾞ", "ズ, ｽﾞ", "ダ, ﾀﾞ", "ド, ﾄﾞ", "バ, ﾊﾞ", "ボ, ﾎﾞ", "ヴ, ｳﾞ",
            "パ, ﾊﾟ", "ピ, ﾋﾟ", "プ, ﾌﾟ", "ペ, ﾍﾟ", "ポ, ﾎﾟ",
    })
    void splitsVoicedAndSemiVoicedMarks(String full, String half) {
        assertThat(KanaWidth.toHalfWidth(full)).isEqualTo(half).hasSize(2);
    }

    @Test
    void convertsSmallKanaAndLongVowel() {
        assertThat(KanaWidth.toHalfWidth("ァィゥェォッャュョ")).isEqualTo("ｧｨｩｪｫｯｬｭｮ");
        assertThat(KanaWidth.toHalfWidth("コーヒー")).isEqualTo("ｺｰﾋｰ");
        assertThat(KanaWidth.toHalfWidth("ヲン・")).isEqualTo("ｦﾝ･");
    }

    @Test
    void convertsHiraganaViaKatakana() {
        assertThat(KanaWidth.toHalfWidth("しんりょう　はなこ")).isEqualTo("ｼﾝﾘｮｳ ﾊﾅｺ");
        assertThat(KanaWidth.toHalfWidth("がっこう")).isEqualTo("ｶﾞｯｺｳ");
        assertThat(KanaWidth.toHalfWidth("ぱぴぷぺぽ")).isEqualTo("ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ");
    }

    @Test
    void passesOtherCharactersThrough() {
        assertThat(KanaWidth.toHalfWidth("山田 ABC 123")).isEqualTo("山田 ABC 123");
        assertThat(KanaWidth.toHalfWidth("ｼﾝﾘｮｳ")).isEqualTo("ｼﾝﾘｮｳ");
        assertThat(KanaWidth.toHalfWidth(null)).isNull();
        assertThat(KanaWidth.toFullWidth(null)).isNull();
    }

    @Test
    void toFullWidthComposesMarks() {
        assertThat(KanaWidth.toFullWidth("ｼﾝﾘｮｳ ﾀﾛｳ")).isEqualTo("シンリョウ タロウ");
        assertThat(KanaWidth.toFullWidth("ｶﾞﾊﾟｳﾞ")).isEqualTo("ガパヴ").hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "シンリョウタロウ", "ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ", "パピプペポ",
            "ァアィイゥウェエォオッャュョー", "ワヲン", "ヤマダ・ハナコ", "ヴァイオリン",
    })
    void roundTripsKatakana(String katakana) {
        String half = KanaWidth.toHalfWidth(katakana);

        assertThat(half).isNotEqualTo(katakana);
        assertThat(KanaWidth.toFullWidth(half)).isEqualTo(katakana);
    }

    @Test
    void decomposedVoicedMarksBecomeHalfWidthMarks() {
        // NFD input (e.g. text from macOS) carries ガ as カ + U+3099 and パ as ハ + U+309A
        assertThat(KanaWidth.toHalfWidth("カ\u3099")).isEqualTo("ｶﾞ");
        assertThat(KanaWidth.toHalfWidth("ハ\u309A")).isEqualTo("ﾊﾟ");
        String nfd = Normalizer.normalize("ダイゴ　パク", Normalizer.Form.NFD);
        assertThat(KanaWidth.toHalfWidth(nfd)).isEqualTo(KanaWidth.toHalfWidth("ダイゴ　パク")).isEqualTo("ﾀﾞｲｺﾞ ﾊﾟｸ");
    }
}
