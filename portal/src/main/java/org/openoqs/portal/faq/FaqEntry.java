package org.openoqs.portal.faq;

import java.util.List;

/**
 * One question and its answer.
 *
 * @param id       stable id ({@code FAQ-012}); links and シカク's citations use it
 * @param category where the FAQ page lists it
 * @param question the question as institutions ask it
 * @param answer   the answer, with the configured contacts already filled in
 * @param keywords synonyms and other spellings people search with (申込, 申し込み, 申請 …)
 * @param source   where the facts come from (reference section, seed, OpenOQS document)
 */
public record FaqEntry(String id, FaqCategory category, String question, String answer, List<String> keywords,
                       String source) {

    public FaqEntry {
        keywords = List.copyOf(keywords);
    }

    /** The entry's own page; the FAQ list links to {@code /faq#id} as well. */
    public String path() {
        return "/faq/" + id;
    }
}
