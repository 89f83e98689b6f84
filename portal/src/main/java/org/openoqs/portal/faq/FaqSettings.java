package org.openoqs.portal.faq;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The FAQ and シカク ({@code oqs.portal.faq.*}).
 *
 * @param file              the FAQ file (a Spring resource location)
 * @param maxQuestionLength longest question or search text accepted, in characters; longer input is refused, not cut
 * @param minCoverage       share (0–1) of a question's content words the best entry must contain for シカク to answer
 * @param relatedScoreRatio a further hit is offered as 関連する質問 when its score is at least this share of the best
 * @param maxRelated        at most this many 関連する質問
 * @param searchLimit       most results the search returns
 */
@ConfigurationProperties("oqs.portal.faq")
public record FaqSettings(
        @DefaultValue("classpath:faq/faq.csv") String file,
        @DefaultValue("300") int maxQuestionLength,
        @DefaultValue("0.6") double minCoverage,
        @DefaultValue("0.5") double relatedScoreRatio,
        @DefaultValue("2") int maxRelated,
        @DefaultValue("10") int searchLimit) {

    public FaqSettings {
        if (maxQuestionLength < 1) throw new IllegalArgumentException("oqs.portal.faq.max-question-length must be positive");
        if (minCoverage <= 0 || minCoverage > 1) throw new IllegalArgumentException("oqs.portal.faq.min-coverage must be in (0, 1]");
        if (relatedScoreRatio < 0 || relatedScoreRatio > 1) {
            throw new IllegalArgumentException("oqs.portal.faq.related-score-ratio must be in [0, 1]");
        }
        if (maxRelated < 0 || searchLimit < 1) throw new IllegalArgumentException("oqs.portal.faq: negative limits");
    }

    /** The defaults, for code that runs without Spring (tests, tools). */
    public static FaqSettings defaults() {
        return new FaqSettings("classpath:faq/faq.csv", 300, 0.6, 0.5, 2, 10);
    }
}
