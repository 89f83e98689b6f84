package org.openoqs.portal.faq;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The content words of a question: what it is about, as opposed to how it is asked. シカク answers only when the best
 * FAQ entry contains enough of them.
 *
 * <p>kuromoji (search mode) cuts the question and tags each piece. A run of nouns is one word (補助金, 電子証明書,
 * 24時間: nouns, numbers and suffixes together); an independent verb or adjective is one word in its base form.
 * Pronouns, adverb-like nouns (今日, 今), dependent nouns (こと, の), particles and auxiliaries are not content, and
 * neither are the generic words of {@code faq/shikaku-stopwords.txt} (方法, 教える, できる, 何 …).
 */
final class QuestionWords {
    private static final String STOP_WORDS = "/faq/shikaku-stopwords.txt";
    private static final Set<String> STOP = loadStopWords();
    /** Parts of one character (金, 書, 日) match almost any text by accident: they count only as part of a whole. */
    private static final int MEANINGFUL_PART_LENGTH = 2;

    private QuestionWords() {}

    /** One content word and the tokens it is made of; {@code noun} for a noun run, false for a verb or adjective. */
    record Word(String text, List<Part> parts, boolean noun) {}

    /** A token: its surface and its base form (the same for nouns). */
    record Part(String surface, String base) {}

    static List<Word> of(String question) {
        List<Word> words = new ArrayList<>();
        List<Part> nounRun = new ArrayList<>();
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH)) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            BaseFormAttribute baseForm = tokenizer.addAttribute(BaseFormAttribute.class);
            tokenizer.setReader(new StringReader(JapaneseText.normalize(question)));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String surface = term.toString();
                String base = baseForm.getBaseForm() == null ? surface : baseForm.getBaseForm();
                String tag = pos.getPartOfSpeech() == null ? "" : pos.getPartOfSpeech();
                if (isNoun(tag)) {
                    // A suffix (方 in 飼い方, さ in 高さ) belongs to what precedes it; alone it says nothing.
                    boolean strandedSuffix = nounRun.isEmpty() && tag.startsWith("名詞-接尾");
                    if (!strandedSuffix && !STOP.contains(base)) nounRun.add(new Part(surface, base));
                    continue;
                }
                flush(nounRun, words);
                if (isIndependentPredicate(tag) && !STOP.contains(base)) {
                    words.add(new Word(base, List.of(new Part(surface, base)), false));
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException("tokenising an in-memory string failed", e);
        }
        flush(nounRun, words);
        return words;
    }

    private static boolean isNoun(String tag) {
        return tag.startsWith("名詞") && !tag.startsWith("名詞-代名詞") && !tag.startsWith("名詞-非自立")
                && !tag.startsWith("名詞-副詞可能") && !tag.startsWith("名詞-接続詞的");
    }

    private static boolean isIndependentPredicate(String tag) {
        return tag.startsWith("動詞-自立") || tag.startsWith("形容詞-自立");
    }

    private static void flush(List<Part> nounRun, List<Word> words) {
        if (nounRun.isEmpty()) return;
        String text = nounRun.stream().map(Part::surface).collect(Collectors.joining());
        words.add(new Word(text, List.copyOf(nounRun), true));
        nounRun.clear();
    }

    /**
     * How much of {@code word} an entry contains, from 0 to 1: 1 when the whole word occurs in the entry's text;
     * 0 when its one-character head (書, 日, 金) is missing; otherwise the share of its parts of two or more characters
     * found in the text or among the entry's kuromoji terms.
     *
     * @param entryText  the entry's question, keywords, answer and category, {@link JapaneseText#normalize normalised}
     * @param entryTerms the entry's kuromoji terms (base forms)
     */
    static double credit(Word word, String entryText, Set<String> entryTerms) {
        if (entryText.contains(word.text())) return 1;
        List<Part> parts = word.parts();
        if (parts.size() > 1 && parts.get(parts.size() - 1).surface().length() == 1) {
            // A one-character last part is the compound's head and decides what it is: 資格確認書 is a document, not
            // 資格確認; 振込日 a day. Without the head, the compound is not in the entry.
            String head = parts.get(parts.size() - 2).surface() + parts.get(parts.size() - 1).surface();
            if (!entryText.contains(head)) return 0;
        }
        List<Part> meaningful = word.parts().stream().filter(p -> p.surface().length() >= MEANINGFUL_PART_LENGTH).toList();
        if (meaningful.isEmpty()) return 0;
        long found = meaningful.stream().filter(p -> entryText.contains(p.surface()) || entryTerms.contains(p.base())).count();
        return (double) found / meaningful.size();
    }

    private static Set<String> loadStopWords() {
        try (InputStream in = QuestionWords.class.getResourceAsStream(STOP_WORDS)) {
            if (in == null) throw new IllegalStateException(STOP_WORDS + " is missing from the classpath");
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(JapaneseText::normalize)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(STOP_WORDS + " cannot be read", e);
        }
    }
}
