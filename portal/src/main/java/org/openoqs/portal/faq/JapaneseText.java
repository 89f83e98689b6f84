package org.openoqs.portal.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The two ways the FAQ cuts Japanese into terms, used alike for the index and for queries. */
final class JapaneseText {
    private JapaneseText() {}

    /** NFKC (全角英数 → 半角, ｶﾅ → カナ) and lower case: how text is compared outside Lucene. */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * kuromoji in search mode with its default stop words and stop tags: words in their base form (申し込んだ →
     * 申し込む), particles and auxiliaries dropped, long compounds split (電子証明書 → 電子 / 証明 / 書).
     */
    static Analyzer words() {
        return new JapaneseAnalyzer();
    }

    /**
     * Overlapping pairs of characters (証明書 → 証明 / 明書). Catches compounds kuromoji splits differently in a short
     * query than in the answer's running text, and words missing from its dictionary.
     */
    static Analyzer bigrams() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(source)));
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** The distinct terms {@code analyzer} makes of {@code text}, in order of appearance, at most {@code limit}. */
    static Set<String> terms(Analyzer analyzer, String text, int limit) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (terms.size() < limit && stream.incrementToken()) terms.add(term.toString());
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string failed", e);
        }
        return terms;
    }
}
