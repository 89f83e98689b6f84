package org.openoqs.portal.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openoqs.portal.support.PortalFixture;
import org.openoqs.portal.support.PortalFixture.Store;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** /chat for an anonymous visitor: シカク answers with citations, says 分かりません with the contacts, escapes, needs CSRF. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatControllerTest {
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
    void theChatPageIntroducesShikakuHonestly() throws Exception {
        String html = mvc.perform(get("/chat")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("AIチャットボットの「シカク」です。24時間いつでも")
                .contains("よくある質問").contains("分かりません").contains("0800-080-4583")
                .contains("hx-post=\"/chat\"").contains("name=\"_csrf\"").contains("/js/chat.js");
    }

    @Test
    void anHtmxQuestionAppendsOneExchangeCitingTheEntry() throws Exception {
        String html = ask("補助金の申請期限", true);
        assertThat(html).startsWith("<li").doesNotContain("<html").contains("data-known=\"true\"")
                .contains("href=\"/faq/FAQ-027\"").contains("出典").contains("2023年9月30日");
    }

    @Test
    void anUnknownQuestionGetsDoNotKnowAndTheContacts() throws Exception {
        String html = ask("今日の天気は？", true);
        assertThat(html).contains("data-known=\"false\"").contains("申し訳ありません、その質問には分かりません。")
                .contains("0800-080-4583").contains("contact@iryohokenjyoho-portalsite.jp").doesNotContain("出典");
        assertThat(ask("   ", true)).contains("data-reason=\"EMPTY\"").contains("分かりません");
        assertThat(ask("補助金".repeat(700), true)).contains("data-reason=\"TOO_LONG\"").contains("300文字以内");
    }

    @Test
    void withoutJavaScriptThePostShowsThePageWithTheExchange() throws Exception {
        String html = ask("電子証明書 有効期限", false);
        assertThat(html).contains("<html").contains("id=\"conversation\"").contains("href=\"/faq/FAQ-023\"");
    }

    @Test
    void theQuestionIsShownEscaped() throws Exception {
        String html = ask("<img src=x onerror=alert(1)>補助金の申請期限", true);
        assertThat(html).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/chat").param("question", "補助金の申請期限").header("HX-Request", "true"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theTokenRenderedInThePageIsAccepted() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String page = mvc.perform(get("/chat").session(session)).andReturn().getResponse().getContentAsString();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        mvc.perform(post("/chat").session(session).param("_csrf", token.group(1)).param("question", "マスタアカウント")
                .header("HX-Request", "true")).andExpect(status().isOk());
    }

    private String ask(String question, boolean htmx) throws Exception {
        var request = post("/chat").with(csrf()).param("question", question);
        if (htmx) request.header("HX-Request", "true");
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
