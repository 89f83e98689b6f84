package org.openoqs.portal.faq;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openoqs.portal.support.PortalFixture;
import org.openoqs.portal.support.PortalFixture.Store;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The JSON API, anonymous and without CSRF token: search results and シカク's answers with their citations. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaqApiControllerTest {
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
    void searchReturnsTheBestEntryFirst() throws Exception {
        mvc.perform(get("/api/faq/search").param("q", "電子証明書 有効期限").param("limit", "3")).andExpect(status().isOk())
                .andExpect(jsonPath("$.query").value("電子証明書 有効期限"))
                .andExpect(jsonPath("$.results", hasSize(3)))
                .andExpect(jsonPath("$.results[0].id").value("FAQ-023"))
                .andExpect(jsonPath("$.results[0].category").value("電子証明書"))
                .andExpect(jsonPath("$.results[0].url").value("/faq/FAQ-023"))
                .andExpect(jsonPath("$.results[0].snippet").isNotEmpty());
        mvc.perform(get("/api/faq/search").param("q", "")).andExpect(jsonPath("$.results", hasSize(0)));
        mvc.perform(get("/api/faq/search").param("q", "x".repeat(301))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/faq/search").param("q", "カードリーダー").param("limit", "500"))
                .andExpect(jsonPath("$.results", hasSize(10)));
    }

    @Test
    void askAnswersWithCitations() throws Exception {
        mvc.perform(post("/api/faq/ask").contentType(MediaType.APPLICATION_JSON).content("{\"question\":\"カードリーダー 申し込み\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.known").value(true))
                .andExpect(jsonPath("$.reason").value("ANSWERED"))
                .andExpect(jsonPath("$.citations[0].id").value("FAQ-013"))
                .andExpect(jsonPath("$.citations[0].url").value("/faq/FAQ-013"))
                .andExpect(jsonPath("$.answer", containsString("カードリーダー申込")));
        mvc.perform(get("/api/faq/ask").param("q", "補助金の申請期限"))
                .andExpect(jsonPath("$.citations[0].id").value("FAQ-027"));
    }

    @Test
    void askSaysWhenItDoesNotKnow() throws Exception {
        mvc.perform(post("/api/faq/ask").contentType(MediaType.APPLICATION_JSON).content("{\"question\":\"東京タワーの高さは？\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.known").value(false))
                .andExpect(jsonPath("$.reason").value("NOT_IN_FAQ"))
                .andExpect(jsonPath("$.answer").value("申し訳ありません、その質問には分かりません。"))
                .andExpect(jsonPath("$.contacts", containsString("0800-080-4583")))
                .andExpect(jsonPath("$.citations", hasSize(0)));
        mvc.perform(post("/api/faq/ask").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(jsonPath("$.reason").value("EMPTY"));
    }
}
