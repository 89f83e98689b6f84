package org.openoqs.portal.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openoqs.portal.faq.ShikakuAnswer.Citation;
import org.openoqs.portal.faq.ShikakuAnswer.Reason;

/**
 * シカク, the portal's chatbot: answers a question from the FAQ only, cites the entry it used, and says plainly when it
 * does not know.
 *
 * <p>The rule for "known": search the FAQ, take the best hit, and measure which share of the question's content words
 * ({@link QuestionWords}) that entry contains — in its question, keywords, answer or category. At least
 * {@code oqs.portal.faq.min-coverage} (0.6) → the entry's answer. A search engine always returns <em>something</em>
 * (the best of 60 entries for 「今日の天気は？」 is still some entry); the coverage test is what stops シカク from
 * answering a question the FAQ does not cover. Requiring the words in the one entry that is used — not anywhere in
 * the FAQ — keeps a question that mixes two topics from being answered by half.
 */
public final class Shikaku {
    static final String DO_NOT_KNOW = "申し訳ありません、その質問には分かりません。";
    private static final int CANDIDATES = 5;

    private final FaqSearch search;
    private final FaqSettings settings;
    private final FaqContacts contacts;
    /** The normalised text and the kuromoji terms of each entry, computed once per entry. */
    private final Map<String, EntryText> entryTexts = new ConcurrentHashMap<>();

    public Shikaku(FaqSearch search, FaqSettings settings, FaqContacts contacts) {
        this.search = search;
        this.settings = settings;
        this.contacts = contacts;
    }

    public ShikakuAnswer ask(String question) {
        String asked = question == null ? "" : question;
        String text = asked.strip();
        if (text.isEmpty()) return unknown(asked, Reason.EMPTY, "質問が入力されていません。知りたいことを文章かキーワードで入力してください。", 0, List.of());
        if (text.codePointCount(0, text.length()) > settings.maxQuestionLength()) {
            return unknown(asked, Reason.TOO_LONG, "質問は" + settings.maxQuestionLength() + "文字以内でお願いします（"
                    + text.codePointCount(0, text.length()) + "文字ありました）。要点を短くして、もう一度お尋ねください。", 0, List.of());
        }
        List<QuestionWords.Word> words = QuestionWords.of(text);
        if (words.isEmpty()) {
            return unknown(asked, Reason.NO_CONTENT_WORDS, "質問の内容を読み取れませんでした。「補助金の申請期限」のように、"
                    + "知りたいことの言葉を含めてお尋ねください。", 0, List.of());
        }
        List<FaqHit> hits = search.search(text, CANDIDATES);
        if (hits.isEmpty()) return notInFaq(asked, 0, List.of());
        EntryText best = entryText(hits.get(0).entry());
        double coverage = coverage(words, best);
        if (coverage < settings.minCoverage()) return notInFaq(asked, coverage, anyNounFound(words, best) ? hits : List.of());
        return new ShikakuAnswer(asked, true, Reason.ANSWERED, hits.get(0).entry().answer(), "", contacts.summary(),
                List.of(Citation.of(hits.get(0).entry())), related(hits), coverage);
    }

    private EntryText entryText(FaqEntry entry) {
        return entryTexts.computeIfAbsent(entry.id(), id -> EntryText.of(entry, search));
    }

    private static double coverage(List<QuestionWords.Word> words, EntryText entry) {
        return words.stream().mapToDouble(w -> QuestionWords.credit(w, entry.text(), entry.terms())).sum() / words.size();
    }

    /** Whether one of the question's nouns occurs whole in the entry: only then are close questions worth offering. */
    private static boolean anyNounFound(List<QuestionWords.Word> words, EntryText entry) {
        return words.stream().anyMatch(w -> w.noun() && QuestionWords.credit(w, entry.text(), entry.terms()) == 1);
    }

    /** Further hits scoring at least {@code related-score-ratio} of the best, at most {@code max-related}. */
    private List<Citation> related(List<FaqHit> hits) {
        float floor = hits.get(0).score() * (float) settings.relatedScoreRatio();
        List<Citation> related = new ArrayList<>();
        for (FaqHit hit : hits.subList(1, hits.size())) {
            if (related.size() == settings.maxRelated() || hit.score() < floor) break;
            related.add(Citation.of(hit.entry()));
        }
        return related;
    }

    /** {@code hits} empty: nothing close enough to offer (never for 「今日の天気」). */
    private ShikakuAnswer notInFaq(String asked, double coverage, List<FaqHit> hits) {
        List<Citation> close = hits.isEmpty() ? List.of() : withBest(hits);
        return unknown(asked, Reason.NOT_IN_FAQ, "よくある質問の中に、この質問に答えている項目が見つかりませんでした。", coverage, close);
    }

    private List<Citation> withBest(List<FaqHit> hits) {
        List<Citation> close = new ArrayList<>();
        close.add(Citation.of(hits.get(0).entry()));
        close.addAll(related(hits));
        return close;
    }

    private ShikakuAnswer unknown(String asked, Reason reason, String hint, double coverage, List<Citation> close) {
        return new ShikakuAnswer(asked, false, reason, DO_NOT_KNOW, hint, contacts.summary(), List.of(), close, coverage);
    }

    public FaqContacts contacts() {
        return contacts;
    }

    public int maxQuestionLength() {
        return settings.maxQuestionLength();
    }

    private record EntryText(String text, Set<String> terms) {
        static EntryText of(FaqEntry entry, FaqSearch search) {
            String all = String.join(" ", entry.question(), String.join(" ", entry.keywords()), entry.answer(),
                    entry.category().label());
            return new EntryText(JapaneseText.normalize(all), search.wordTerms(all));
        }
    }
}
