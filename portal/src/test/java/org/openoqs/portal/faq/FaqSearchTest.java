package org.openoqs.portal.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Japanese queries find the entry that answers them first; query text is never query syntax. */
class FaqSearchTest {
    private final FaqSearch search = FaqFixtures.search();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            補助金の申請期限                 | FAQ-027
            カードリーダー 申し込み          | FAQ-013
            電子証明書 有効期限              | FAQ-023
            暗証番号 ロック                  | FAQ-044
            同意 有効期間                    | FAQ-038
            同意は24時間で切れますか         | FAQ-038
            IPsec 回線                       | FAQ-018
            加算 点数                        | FAQ-033
            医療DX推進体制整備加算           | FAQ-034
            お客さまID                       | FAQ-019
            運用開始日 入力                  | FAQ-054
            マスタアカウント                 | FAQ-012
            顔認証 できない                  | FAQ-048
            資格無効 と表示                  | FAQ-049
            停電                             | FAQ-050
            ネットワーク 障害                | FAQ-050
            保険証 新規発行                  | FAQ-058
            補助金 必要書類                  | FAQ-030
            医科と歯科を併設 アカウント      | FAQ-008
            カードリーダーは何台まで無料？   | FAQ-014
            パスワードを忘れた               | FAQ-010
            パソコンを紛失したので証明書を失効させたい | FAQ-025
            コールセンターの電話番号         | FAQ-051
            ＩＰｓｅｃ　回線                 | FAQ-018
            補助金の締め切りはいつまで       | FAQ-027
            電子カルテがない 薬剤情報        | FAQ-041
            """)
    void theRightEntryComesFirst(String query, String expected) {
        List<FaqHit> hits = search.search(query, 5);
        assertThat(hits).as("no hits for %s", query).isNotEmpty();
        assertThat(hits.get(0).entry().id()).as("%s: ranking %s", query, ranking(hits)).isEqualTo(expected);
    }

    @Test
    void resultsCarryTheQuestionAndASnippetOfTheAnswer() {
        FaqHit best = search.search("補助金の申請期限", 3).get(0);
        assertThat(best.entry().question()).contains("補助金の申請期限");
        assertThat(best.entry().answer()).contains(best.snippet().replace("…", ""));
        assertThat(best.snippet()).contains("申請期限").hasSizeLessThanOrEqualTo(91);
        assertThat(best.score()).isPositive();
    }

    @Test
    void scoresDescendAndTheLimitHolds() {
        List<FaqHit> hits = search.search("カードリーダー", 4);
        assertThat(hits).hasSize(4);
        for (int i = 1; i < hits.size(); i++) assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
    }

    @Test
    void queryParserSyntaxIsJustText() {
        for (String query : new String[] {"補助金 AND question:*", "\"電子証明書", "(((", "answer:期限~2 OR *:*", "-補助金 +"}) {
            assertThat(search.search(query, 5)).as(query).allSatisfy(hit -> assertThat(hit.entry()).isNotNull());
        }
        assertThat(search.search("補助金 AND question:*", 1).get(0).entry().category()).isEqualTo(FaqCategory.SUBSIDY);
    }

    @Test
    void nothingSearchableFindsNothing() {
        assertThat(search.search("", 5)).isEmpty();
        assertThat(search.search("   ", 5)).isEmpty();
        assertThat(search.search(null, 5)).isEmpty();
    }

    @Test
    void aVeryLongQueryIsSearchedWithoutTooManyClauses() {
        String everything = search.catalog().entries().stream().map(FaqEntry::answer).collect(Collectors.joining());
        assertThat(search.search(everything, 3)).hasSize(3);
    }

    private static String ranking(List<FaqHit> hits) {
        return hits.stream().map(h -> h.entry().id() + "(" + String.format("%.2f", h.score()) + ")").collect(Collectors.joining(" "));
    }
}
