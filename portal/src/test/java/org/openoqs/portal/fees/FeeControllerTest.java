package org.openoqs.portal.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openoqs.portal.support.PortalFixture;
import org.openoqs.portal.support.PortalFixture.Store;
import org.openoqs.portal.support.PortalSteps;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 加算シミュレーター page through the real filter chain (security, CSP): public, the leaflet presets reproduce its
 * figures, the htmx result follows the inputs and names bad fields. The simulator touches no store, so H2 suffices.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeeControllerTest {
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
    void rendersForAnonymousUsersWithThisMonthsRules() throws Exception {
        String html = page("/fees");
        assertThat(html).contains("加算シミュレーター").contains("id=\"preset-clinic\"").contains("id=\"preset-pharmacy\"")
                .contains("value=\"2026-11\"")
                .contains("id=\"fee-beyond\"").contains("2026-05-31より後の規則は分かっていません")
                .contains("data-series-url=\"/api/fees/series?setting=MEDICAL&amp;month=2026-11")
                .contains("/js/fees-chart.js").contains("/webjars/chart.js/dist/chart.umd.min.js")
                .doesNotContain("style=\"");
    }

    @Test
    void theClinicPresetShowsTheLeafletsFigures() throws Exception {
        String html = page("/fees?model=clinic");
        assertThat(html).contains("<span id=\"fee-card-points-day\">43</span>")
                .contains("<span id=\"fee-card-day\">430</span>")
                .contains("<span id=\"fee-card-month\">8,600</span>")
                .contains("<span id=\"fee-card-year\" class=\"fw-bold\">103,200</span>")
                .contains("<span id=\"fee-paper-year\" class=\"fw-bold\">21,600</span>")
                .contains("電子的保健医療情報活用加算 初診（マイナ保険証）").contains("data-rule=\"EH22-MED-REVISIT-MYNA\"")
                .contains("2022-04-01 – 2022-09-30").doesNotContain("id=\"fee-beyond\"");
    }

    @Test
    void thePharmacyPresetShowsTheLeafletsFigures() throws Exception {
        String html = page("/fees?model=pharmacy");
        assertThat(html).contains("<span id=\"fee-card-points-month\">1,011</span>")
                .contains("<span id=\"fee-card-month\">10,110</span>")
                .contains("<span id=\"fee-card-year\" class=\"fw-bold\">121,320</span>")
                .contains("<span id=\"fee-paper-year\" class=\"fw-bold\">31,800</span>")
                .contains("3月に1回").doesNotContain("id=\"fee-card-day\"");
    }

    @Test
    void theResultFragmentFollowsTheInputs() throws Exception {
        String html = page("/fees/result?setting=MEDICAL&month=2025-10&firstVisitsPerDay=3&revisitsPerDay=20&daysPerMonth=20"
                + "&cardRatePercent=30&dxFiled=true&ePrescription=true&usageRatePercent=40");
        assertThat(html).startsWith("<div id=\"fee-result\">").doesNotContain("<html")
                .contains("data-rule=\"DX2504-MED-2\"").contains("医療DX推進体制整備加算 加算2（11点）: 利用率 40% ≥ 40%")
                .contains("2025-10-01 – 2026-02-28");
    }

    @Test
    void aSharedLinkWithInputsRendersThem() throws Exception {
        String html = page("/fees?setting=PHARMACY&month=2024-12&patientsPerMonth=100&cardRatePercent=50");
        assertThat(html).contains("data-rule=\"IA2412-PHA\"").contains("2024-12は2024-12-02に規則が変わる");
    }

    @Test
    void badInputsAreNamedInTheResult() throws Exception {
        String html = page("/fees/result?setting=MEDICAL&month=2025-13&firstVisitsPerDay=-1&revisitsPerDay=2&daysPerMonth=20"
                + "&cardRatePercent=120");
        assertThat(html).contains("id=\"fee-problems\"").contains("data-field=\"month\"")
                .contains("data-field=\"firstVisitsPerDay\"").contains("data-field=\"cardRatePercent\"");
    }

    @Test
    void signedInInstitutionsSeeItToo() throws Exception {
        PortalSteps.register(mvc, PortalSteps.MEDICAL_CODE, "fees@example.jp", false);
        MockHttpSession session = PortalSteps.signIn(mvc, PortalSteps.MEDICAL_CODE, PortalSteps.PASSWORD);
        assertThat(mvc.perform(get("/fees").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("id=\"nav-subsidy\"").contains("id=\"fee-form\"");
    }

    @Test
    void theScriptIsServedPublicly() throws Exception {
        assertThat(page("/js/fees-chart.js")).contains("data-rendered");
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
