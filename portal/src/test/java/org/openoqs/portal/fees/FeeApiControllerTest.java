package org.openoqs.portal.fees;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openoqs.portal.support.PortalFixture;
import org.openoqs.portal.support.PortalFixture.Store;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The public JSON API through the real filter chain: no session, no CSRF token, 400s that name the field. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeeApiControllerTest {
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
    void rulesListTheTableWithItsPeriods() throws Exception {
        mvc.perform(get("/api/fees/rules")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.firstDay").value("2022-04-01"))
                .andExpect(jsonPath("$.knownThrough").value("2026-05-31"))
                .andExpect(jsonPath("$.periods", hasSize(11)))
                .andExpect(jsonPath("$.periods[6].from").value("2024-12-02"))
                .andExpect(jsonPath("$.rules[0].ruleId").value("EH22-MED-FIRST-MYNA"))
                .andExpect(jsonPath("$.rules[0].points").value(7))
                .andExpect(jsonPath("$.rules[?(@.ruleId=='DX2504-DEN-4')].confidence", contains("U")))
                .andExpect(jsonPath("$.thresholds[?(@.from=='2025-10-01' && @.dxLevel==1)].minimumUsageRatePercent",
                        contains(60)));
    }

    @Test
    void thePresetsReproduceTheLeaflet() throws Exception {
        mvc.perform(get("/api/fees/simulate").param("model", "clinic")).andExpect(status().isOk())
                .andExpect(jsonPath("$.atCardRate.pointsPerDay").value(43))
                .andExpect(jsonPath("$.atCardRate.yenPerDay").value(430))
                .andExpect(jsonPath("$.atCardRate.yenPerMonth").value(8600))
                .andExpect(jsonPath("$.atCardRate.yenPerYear").value(103200))
                .andExpect(jsonPath("$.allPaper.yenPerYear").value(21600))
                .andExpect(jsonPath("$.rounding").value("DAY"))
                .andExpect(jsonPath("$.period.from").value("2022-04-01"));
        mvc.perform(get("/api/fees/simulate").param("model", "pharmacy")).andExpect(status().isOk())
                .andExpect(jsonPath("$.atCardRate.pointsPerMonth").value(1011))
                .andExpect(jsonPath("$.atCardRate.yenPerMonth").value(10110))
                .andExpect(jsonPath("$.atCardRate.yenPerYear").value(121320))
                .andExpect(jsonPath("$.allPaper.yenPerYear").value(31800))
                .andExpect(jsonPath("$.allPaper.lines[0].window").value("3月に1回"));
    }

    @Test
    void postTakesFormParametersOrJsonWithoutACsrfToken() throws Exception {
        mvc.perform(post("/api/fees/simulate").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("model", "pharmacy").param("rounding", "NONE"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.atCardRate.pointsPerMonth").value(1011.24));
        mvc.perform(post("/api/fees/simulate").contentType(MediaType.APPLICATION_JSON).content("""
                        {"setting":"MEDICAL","date":"2024-12-02","firstVisitsPerDay":3,"revisitsPerDay":20,
                         "daysPerMonth":20,"cardRatePercent":"42.4"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wholeMonth").value(false))
                .andExpect(jsonPath("$.atCardRate.lines[*].ruleId", contains("IA2412-MED-FIRST", "IA2412-MED-REVISIT")))
                .andExpect(jsonPath("$.atCardRate.dx.reached").value(false));
    }

    @Test
    void beyondTheKnownRulesTheAnswerSaysSo() throws Exception {
        mvc.perform(get("/api/fees/simulate").param("setting", "PHARMACY").param("month", "2026-06")
                        .param("patientsPerMonth", "795").param("cardRatePercent", "40"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.beyondKnownRules").value(true))
                .andExpect(jsonPath("$.rulesDate").value("2026-05-31"))
                .andExpect(jsonPath("$.assumptions[0]", startsWith("2026-05-31より後の規則は分かっていません")));
    }

    @Test
    void theSeriesRunsMonthByMonthFrom202204() throws Exception {
        mvc.perform(get("/api/fees/series").param("model", "clinic").param("until", "2026-05")).andExpect(status().isOk())
                .andExpect(jsonPath("$.months", hasSize(50)))
                .andExpect(jsonPath("$.months[0].month").value("2022-04"))
                .andExpect(jsonPath("$.months[0].atCardRateYen").value(8600))
                .andExpect(jsonPath("$.months[0].allPaperYen").value(1800))
                .andExpect(jsonPath("$.months[6].periodStarts").value(true))
                .andExpect(jsonPath("$.knownThrough").value("2026-05-31"));
        mvc.perform(get("/api/fees/series").param("model", "clinic")).andExpect(status().isOk())
                .andExpect(jsonPath("$.until").value("2026-11"))
                .andExpect(jsonPath("$.months[55].beyondKnownRules").value(true));
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        mvc.perform(get("/api/fees/simulate").param("setting", "HOSPITAL").param("month", "2025-10"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("setting"))
                .andExpect(jsonPath("$.status").value(400));
        mvc.perform(get("/api/fees/simulate").param("model", "clinic").param("cardRatePercent", "142"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("cardRatePercent"));
        mvc.perform(get("/api/fees/simulate").param("model", "pharmacy").param("rounding", "DAY"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("rounding"));
        mvc.perform(get("/api/fees/simulate").param("model", "clinic").param("daysPerMonth", "32"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("daysPerMonth"));
        mvc.perform(get("/api/fees/simulate").param("model", "hospital"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("model"));
        mvc.perform(get("/api/fees/series").param("model", "clinic").param("until", "2026/05"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("until"));
        mvc.perform(post("/api/fees/simulate").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("body"));
        mvc.perform(get("/api/fees/simulate").param("model", "clinic").param("counting", "SOME"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.problems.counting").exists());
    }
}
