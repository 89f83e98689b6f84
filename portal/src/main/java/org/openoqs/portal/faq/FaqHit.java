package org.openoqs.portal.faq;

/**
 * One search result.
 *
 * @param entry   the matching entry
 * @param score   Lucene's relevance score (only comparable within one search)
 * @param snippet the answer's sentence that matches the query best, shortened
 */
public record FaqHit(FaqEntry entry, float score, String snippet) {}
