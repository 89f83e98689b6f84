package org.openoqs.portal.faq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Full-text search over the FAQ: an in-memory Lucene index built once from the {@link FaqCatalog}.
 *
 * <p>Each entry is indexed twice: as kuromoji words (question, keywords, answer, category) and as character bigrams
 * (question, keywords, answer). A query is analysed with the same analyzers and built from its distinct terms as
 * plain {@link TermQuery}s — never through a query parser, so {@code "AND"}, {@code *} or {@code field:x} typed by a
 * user are just text. Every query term is one {@link DisjunctionMaxQuery} over the fields with the question weighted
 * highest: an entry that matches more of the query's terms outranks one that repeats a single term in every field.
 * The bigram side adds a smaller share of the score.
 */
public final class FaqSearch {
    static final String QUESTION = "question";
    static final String KEYWORDS = "keywords";
    static final String ANSWER = "answer";
    static final String CATEGORY = "category";
    static final String BIGRAM_SUFFIX = "_bigram";
    private static final String ID = "id";
    /** Field weights within one term's disjunction: the question says what an entry is about, the answer only mentions. */
    private static final Map<String, Float> WORD_WEIGHTS = Map.of(QUESTION, 4f, KEYWORDS, 3f, ANSWER, 1f, CATEGORY, 2f);
    private static final Map<String, Float> BIGRAM_WEIGHTS = Map.of(QUESTION, 2f, KEYWORDS, 1.5f, ANSWER, 0.5f);
    private static final float BIGRAM_SHARE = 0.4f;
    private static final float TIE_BREAKER = 0.2f;
    /** Distinct terms taken from a query, per analyzer: keeps the clause count far below Lucene's limit of 1024. */
    static final int MAX_QUERY_TERMS = 48;
    private static final int SNIPPET_LENGTH = 90;

    private final FaqCatalog catalog;
    private final Analyzer words = JapaneseText.words();
    private final Analyzer bigrams = JapaneseText.bigrams();
    private final IndexSearcher searcher;

    public FaqSearch(FaqCatalog catalog) {
        this.catalog = catalog;
        this.searcher = new IndexSearcher(index(catalog));
    }

    private DirectoryReader index(FaqCatalog catalog) {
        Map<String, Analyzer> perField = Map.of(QUESTION + BIGRAM_SUFFIX, bigrams, KEYWORDS + BIGRAM_SUFFIX, bigrams,
                ANSWER + BIGRAM_SUFFIX, bigrams);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new PerFieldAnalyzerWrapper(words, perField)))) {
            for (FaqEntry entry : catalog.entries()) writer.addDocument(document(entry));
            writer.commit();
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory FAQ index failed", e);
        }
    }

    private static Document document(FaqEntry entry) {
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id(), Field.Store.YES));
        String keywords = String.join(" ", entry.keywords());
        for (var field : Map.of(QUESTION, entry.question(), KEYWORDS, keywords, ANSWER, entry.answer()).entrySet()) {
            doc.add(new TextField(field.getKey(), field.getValue(), Field.Store.NO));
            doc.add(new TextField(field.getKey() + BIGRAM_SUFFIX, field.getValue(), Field.Store.NO));
        }
        doc.add(new TextField(CATEGORY, entry.category().label(), Field.Store.NO));
        return doc;
    }

    /** The best {@code limit} entries for {@code text}, best first; nothing for text without searchable terms. */
    public List<FaqHit> search(String text, int limit) {
        String normalized = JapaneseText.normalize(text == null ? "" : text);
        Set<String> wordTerms = JapaneseText.terms(words, normalized, MAX_QUERY_TERMS);
        Set<String> bigramTerms = JapaneseText.terms(bigrams, normalized, MAX_QUERY_TERMS);
        if (wordTerms.isEmpty() && bigramTerms.isEmpty()) return List.of();
        Query query = query(wordTerms, bigramTerms);
        try {
            List<FaqHit> hits = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(query, limit).scoreDocs) {
                FaqEntry entry = catalog.find(searcher.storedFields().document(doc.doc).get(ID)).orElseThrow();
                hits.add(new FaqHit(entry, doc.score, snippet(entry.answer(), wordTerms)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory FAQ index failed", e);
        }
    }

    private static Query query(Set<String> wordTerms, Set<String> bigramTerms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : wordTerms) query.add(disjunction(term, WORD_WEIGHTS, ""), BooleanClause.Occur.SHOULD);
        for (String term : bigramTerms) {
            query.add(new BoostQuery(disjunction(term, BIGRAM_WEIGHTS, BIGRAM_SUFFIX), BIGRAM_SHARE), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private static Query disjunction(String term, Map<String, Float> weights, String suffix) {
        List<Query> perField = new ArrayList<>();
        weights.forEach((field, weight) -> perField.add(new BoostQuery(new TermQuery(new Term(field + suffix, term)), weight)));
        return new DisjunctionMaxQuery(perField, TIE_BREAKER);
    }

    /** The answer's sentence containing most of the query's terms (the first sentence when none does), shortened. */
    private String snippet(String answer, Set<String> queryTerms) {
        String best = null;
        long bestCount = -1;
        for (String sentence : answer.split("(?<=[。？！])")) {
            Set<String> terms = JapaneseText.terms(words, JapaneseText.normalize(sentence), Integer.MAX_VALUE);
            long count = queryTerms.stream().filter(terms::contains).count();
            if (count > bestCount) {
                best = sentence;
                bestCount = count;
            }
        }
        String sentence = best == null ? answer : best.strip();
        return sentence.length() <= SNIPPET_LENGTH ? sentence : sentence.substring(0, SNIPPET_LENGTH) + "…";
    }

    /** The kuromoji terms of {@code text}, as the index sees them (シカク compares a question's words with an entry). */
    Set<String> wordTerms(String text) {
        return JapaneseText.terms(words, JapaneseText.normalize(text), Integer.MAX_VALUE);
    }

    public FaqCatalog catalog() {
        return catalog;
    }
}
