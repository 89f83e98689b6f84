package org.openoqs.portal.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What counts as the content of a question, and how much of a word an entry contains. */
class QuestionWordsTest {

    @Test
    void nounRunsAreOneWordAndPredicatesTheirBaseForm() {
        assertThat(texts("補助金の申請期限はいつまでですか？")).containsExactly("補助金", "申請期限");
        assertThat(texts("同意は24時間で切れますか")).containsExactly("同意", "24時間", "切れる");
        assertThat(texts("電子証明書を申し込んだ")).containsExactly("電子証明書", "申し込む");
    }

    @Test
    void howAQuestionIsAskedIsNotItsContent() {
        assertThat(texts("いつですか？教えてください")).isEmpty();
        assertThat(texts("申請方法を教えてください")).containsExactly("申請");
        assertThat(texts("今日の天気は？")).as("今日 is adverb-like").containsExactly("天気");
        assertThat(texts("猫の飼い方")).as("a stranded suffix").containsExactly("猫", "飼う");
        assertThat(words("東京タワーの高さ")).extracting(QuestionWords.Word::noun).containsExactly(true, false);
    }

    @Test
    void inputIsNormalisedFirst() {
        assertThat(texts("ＩＰｓｅｃ　回線")).containsExactly("ipsec回線");
    }

    @Test
    void aWholeWordScoresOneItsPartsAShare() {
        String text = JapaneseText.normalize("電子証明書の有効期限は3年です。申請期限はすべて過ぎています。");
        Set<String> terms = Set.of("電子", "証明", "書", "有効", "期限", "申請", "過ぎる");
        assertThat(QuestionWords.credit(word("電子証明書"), text, terms)).isEqualTo(1);
        assertThat(QuestionWords.credit(word("証明書期限"), text, terms)).as("parts found, whole not").isEqualTo(1);
        assertThat(QuestionWords.credit(word("申請書類"), text, terms)).isEqualTo(0.5);
        assertThat(QuestionWords.credit(word("天気"), text, terms)).isZero();
    }

    @Test
    void aMissingOneCharacterHeadMakesTheCompoundMissing() {
        String text = JapaneseText.normalize("資格確認の結果が表示されます。");
        assertThat(QuestionWords.credit(word("資格確認書"), text, Set.of("資格", "確認", "結果"))).isZero();
        assertThat(QuestionWords.credit(word("資格確認"), text, Set.of())).isEqualTo(1);
    }

    private static QuestionWords.Word word(String text) {
        List<QuestionWords.Word> words = words(text);
        assertThat(words).as(text).hasSize(1);
        return words.get(0);
    }

    private static List<QuestionWords.Word> words(String question) {
        return QuestionWords.of(question);
    }

    private static List<String> texts(String question) {
        return words(question).stream().map(QuestionWords.Word::text).toList();
    }
}
