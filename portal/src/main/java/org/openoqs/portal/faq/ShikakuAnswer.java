package org.openoqs.portal.faq;

import java.util.List;

/**
 * What シカク says to one question.
 *
 * @param question  the question as asked (shown back escaped; never interpreted)
 * @param known     true when the answer comes from an FAQ entry; false for 「分かりません」
 * @param reason    why シカク answered or did not
 * @param answer    the answer text, or the apology
 * @param hint      for an unknown question, what the asker can do differently (empty when known)
 * @param contacts  where to ask a person (always given: even a known answer may not fit the asker's case)
 * @param citations the entries the answer was taken from (one when known, none otherwise)
 * @param related   up to a few further entries: 関連する質問 when known, questions that came close when not
 * @param coverage  share of the question's content words found in the best entry (0 when nothing was searched)
 */
public record ShikakuAnswer(String question, boolean known, Reason reason, String answer, String hint, String contacts,
                            List<Citation> citations, List<Citation> related, double coverage) {

    public ShikakuAnswer {
        citations = List.copyOf(citations);
        related = List.copyOf(related);
    }

    /** Why シカク answered as it did. */
    public enum Reason {
        /** The best entry contains enough of the question's content words. */
        ANSWERED,
        /** Nothing but white space was asked. */
        EMPTY,
        /** Longer than {@code oqs.portal.faq.max-question-length}. */
        TOO_LONG,
        /** No content words: only particles, question words, generic verbs (「いつ？」「教えて」). */
        NO_CONTENT_WORDS,
        /** The FAQ has no entry that contains enough of the question's content words. */
        NOT_IN_FAQ
    }

    /** An FAQ entry named in an answer, with its link. */
    public record Citation(String id, String question, String url) {
        static Citation of(FaqEntry entry) {
            return new Citation(entry.id(), entry.question(), entry.path());
        }
    }
}
