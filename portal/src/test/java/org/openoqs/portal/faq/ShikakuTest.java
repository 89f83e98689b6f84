package org.openoqs.portal.faq;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openoqs.portal.faq.ShikakuAnswer.Reason;

/** シカク answers from the FAQ and cites it, and says 分かりません — with the contacts — for everything else. */
class ShikakuTest {
    private final Shikaku shikaku = new Shikaku(FaqFixtures.search(), FaqSettings.defaults(), FaqContacts.defaults());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            補助金の申請期限                       | FAQ-027
            カードリーダー 申し込み                | FAQ-013
            電子証明書 有効期限                    | FAQ-023
            補助金の申請期限はいつまでですか？     | FAQ-027
            顔認証付きカードリーダーを申し込む方法を教えてください | FAQ-013
            電子証明書の有効期限は何年ですか       | FAQ-023
            同意は何時間有効ですか                 | FAQ-038
            暗証番号を3回間違えてロックされました  | FAQ-044
            停電でオンライン資格確認ができません   | FAQ-050
            医療DX推進体制整備加算の点数は？       | FAQ-034
            マスタアカウントはいつ届きますか       | FAQ-012
            """)
    void answersFromTheFaqAndCitesTheEntry(String question, String expected) {
        ShikakuAnswer answer = shikaku.ask(question);
        assertThat(answer.known()).as("%s (coverage %.2f)", question, answer.coverage()).isTrue();
        assertThat(answer.reason()).isEqualTo(Reason.ANSWERED);
        assertThat(answer.citations()).extracting(ShikakuAnswer.Citation::id).containsExactly(expected);
        assertThat(answer.citations().get(0).url()).isEqualTo("/faq/" + expected);
        assertThat(answer.answer()).isEqualTo(FaqFixtures.bundled().find(expected).orElseThrow().answer());
        assertThat(answer.related()).hasSizeLessThanOrEqualTo(2).extracting(ShikakuAnswer.Citation::id).doesNotContain(expected);
        assertThat(answer.hint()).isEmpty();
    }

    @Test
    void theSubsidyDeadlineAnswerSaysTheDeadlinesHavePassed() {
        ShikakuAnswer answer = shikaku.ask("補助金の申請期限");
        assertThat(answer.answer()).contains("2023年6月30日").contains("2023年9月30日").contains("過ぎています");
    }

    @ParameterizedTest
    @ValueSource(strings = {"今日の天気は？", "東京タワーの高さは？", "おすすめのラーメン屋", "明日の株価を予想して",
            "プログラミング言語のおすすめ", "猫の飼い方"})
    void unrelatedQuestionsAreNotKnown(String question) {
        ShikakuAnswer answer = shikaku.ask(question);
        assertThat(answer.known()).as("%s (coverage %.2f)", question, answer.coverage()).isFalse();
        assertThat(answer.reason()).isEqualTo(Reason.NOT_IN_FAQ);
        assertDoesNotKnow(answer);
        assertThat(answer.related()).as("nothing in common, nothing suggested").isEmpty();
    }

    @Test
    void aQuestionOnlyHalfAboutTheFaqIsNotAnsweredByHalf() {
        ShikakuAnswer answer = shikaku.ask("補助金でラーメン屋の開業資金を借りたい");
        assertThat(answer.known()).as("coverage %.2f", answer.coverage()).isFalse();
        assertThat(answer.related()).as("the words it did find point somewhere").isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "　\t\n "})
    void emptyQuestionsAreNotKnown(String question) {
        ShikakuAnswer answer = shikaku.ask(question);
        assertThat(answer.reason()).isEqualTo(Reason.EMPTY);
        assertDoesNotKnow(answer);
        assertThat(shikaku.ask(null).reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void questionWordsAloneAreNotAQuestion() {
        ShikakuAnswer answer = shikaku.ask("いつですか？教えてください");
        assertThat(answer.reason()).isEqualTo(Reason.NO_CONTENT_WORDS);
        assertDoesNotKnow(answer);
    }

    @Test
    void aQuestionOverTheLimitIsRefusedWithTheLimit() {
        String long2000 = "補助金の申請期限".repeat(250);
        ShikakuAnswer answer = shikaku.ask(long2000);
        assertThat(answer.reason()).isEqualTo(Reason.TOO_LONG);
        assertThat(answer.hint()).contains("300文字以内").contains("2000文字");
        assertDoesNotKnow(answer);
        String atTheLimit = "補助金の申請期限".repeat(37) + "補助金の";
        assertThat(atTheLimit).hasSize(300);
        assertThat(shikaku.ask(atTheLimit).known()).isTrue();
    }

    @Test
    void theContactsComeFromConfiguration() {
        FaqContacts other = new FaqContacts("テスト窓口", "03-0000-0000", "平日 9:00～17:00", "help@example.jp");
        ShikakuAnswer answer = new Shikaku(FaqFixtures.search(), FaqSettings.defaults(), other).ask("今日の天気は？");
        assertThat(answer.contacts()).contains("テスト窓口").contains("03-0000-0000").contains("help@example.jp")
                .doesNotContain("0800-080-4583");
    }

    @Test
    void aStricterCoverageTurnsAPartialMatchIntoDoNotKnow() {
        String question = "補助金の振込日と口座を変更したい";
        double coverage = shikaku.ask(question).coverage();
        assertThat(coverage).isBetween(0.01, 0.99);
        FaqSettings strict = new FaqSettings("classpath:faq/faq.csv", 300, Math.min(1, coverage + 0.01), 0.5, 2, 10);
        FaqSettings lenient = new FaqSettings("classpath:faq/faq.csv", 300, Math.max(0.01, coverage - 0.01), 0.5, 2, 10);
        assertThat(new Shikaku(FaqFixtures.search(), strict, FaqContacts.defaults()).ask(question).known()).isFalse();
        assertThat(new Shikaku(FaqFixtures.search(), lenient, FaqContacts.defaults()).ask(question).known()).isTrue();
    }

    private static void assertDoesNotKnow(ShikakuAnswer answer) {
        assertThat(answer.known()).isFalse();
        assertThat(answer.answer()).isEqualTo("申し訳ありません、その質問には分かりません。");
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.hint()).isNotBlank();
        assertThat(answer.contacts()).contains("0800-080-4583").contains("平日 8:00～18:00").contains("土曜 8:00～16:00")
                .contains("祝日を除く").contains("contact@iryohokenjyoho-portalsite.jp");
    }
}
