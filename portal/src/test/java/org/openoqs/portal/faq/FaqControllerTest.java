package org.openoqs.portal.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openoqs.portal.support.PortalFixture;
import org.openoqs.portal.support.PortalFixture.Store;
import org.springframework.test.web.servlet.MockMvc;

/** /faq for an anonymous visitor, through the real filter chain: every entry with its anchor, search, entry pages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaqControllerTest {
    private PortalFixture portal;
    private MockMvc mvc;

    @BeforeAll
    void start() {
        portal = PortalFixture.start(Store.H2);
        mvc = portal.mvc();
    }

    @AfterAll
    void stop() {
        if (portal != null) portal.close();
    }

    @Test
    void theFaqListsEveryEntryByCategoryWithAnchors() throws Exception {
        String html = page("/faq");
        FaqCatalog catalog = portal.bean(FaqCatalog.class);
        for (FaqEntry entry : catalog.entries()) {
            assertThat(html).contains("id=\"" + entry.id() + "\"").contains(escaped(entry.question()));
        }
        for (FaqCategory category : FaqCategory.values()) assertThat(html).contains("id=\"" + category.anchor() + "\"");
        assertThat(html).contains("0800-080-4583").contains("contact@iryohokenjyoho-portalsite.jp")
                .doesNotContain("faq-result-list");
    }

    @Test
    void aPlainGetSearchShowsTheBestEntryFirst() throws Exception {
        String html = page("/faq?q=補助金の申請期限");
        assertThat(html).contains("の検索結果");
        assertThat(firstResult(html)).isEqualTo("FAQ-027");
        assertThat(firstResult(page("/faq/search?q=カードリーダー 申し込み"))).as("the htmx fragment").isEqualTo("FAQ-013");
        assertThat(page("/faq/search?q=電子証明書 有効期限")).doesNotContain("<html").contains("data-faq-id=\"FAQ-023\"");
    }

    @Test
    void theSearchTextIsEscaped() throws Exception {
        String html = page("/faq/search?q=<script>alert(1)</script>");
        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aSearchWithoutResultsOrTooLongSaysSo() throws Exception {
        assertThat(page("/faq/search?q=zzzzqqqq")).contains("id=\"faq-no-results\"");
        assertThat(page("/faq/search?q=" + "補助金".repeat(101))).contains("300文字以内").doesNotContain("faq-result-list");
    }

    @Test
    void eachEntryHasItsOwnPage() throws Exception {
        String html = page("/faq/FAQ-027");
        assertThat(html).contains("補助金の申請期限はいつまでですか？").contains("2023年9月30日").contains("rules §2.3");
        mvc.perform(get("/faq/FAQ-999")).andExpect(status().isNotFound());
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String firstResult(String html) {
        int at = html.indexOf("class=\"list-group-item faq-result\" data-faq-id=\"");
        assertThat(at).as("a result").isPositive();
        int start = html.indexOf("data-faq-id=\"", at) + "data-faq-id=\"".length();
        return html.substring(start, html.indexOf('"', start));
    }

    private static String escaped(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
