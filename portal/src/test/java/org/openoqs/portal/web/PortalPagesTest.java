package org.openoqs.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openoqs.core.onboarding.PreparationStep;
import org.openoqs.portal.account.StaffAccounts;
import org.openoqs.portal.account.StaffRole;
import org.openoqs.portal.application.UsageApplications;
import org.openoqs.portal.golive.GoLive;
import org.openoqs.portal.support.PortalFixture;
import org.openoqs.portal.support.PortalFixture.Store;
import org.openoqs.portal.support.PortalSteps;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page renders, empty and with data, through the real filter chain; forms post with CSRF; the go-live rules
 * (最大翌月末) and the planner reach the page. Browser walks are in the app module's end-to-end test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalPagesTest {
    private PortalFixture portal;
    private MockMvc mvc;
    private final String code = PortalSteps.MEDICAL_CODE;
    private MockHttpSession institution;

    @BeforeAll
    void start() throws Exception {
        portal = PortalFixture.start(Store.H2);
        mvc = portal.mvc();
        PortalSteps.register(mvc, code, "pages@example.jp", false);
        institution = PortalSteps.signIn(mvc, code, PortalSteps.PASSWORD);
    }

    @AfterAll
    void stop() {
        if (portal != null) portal.close();
    }

    @Test
    void publicPagesRender() throws Exception {
        for (String page : new String[] {"/login", "/register", "/password/forgot", "/password/reset?token=nothing"}) {
            assertThat(body(mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()))
                    .as(page).contains("医療機関等向けポータルサイト");
        }
    }

    @Test
    void institutionPagesRenderEmptyAndWithData() throws Exception {
        for (String page : new String[] {"/home", "/applications/card-reader", "/applications/usage", "/certificates",
                "/go-live", "/subsidy"}) {
            mvc.perform(get(page).session(institution)).andExpect(status().isOk());
        }
        mvc.perform(post("/applications/card-reader").with(csrf()).session(institution).param("productCode", "CANON-CAORA")
                .param("units", "1")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/applications/usage").with(csrf()).session(institution).param("lineType", "IP_VPN")
                .param("lineCarrier", "NTT_FLETS").param("customerId", "CAF1111111111").param("plannedStartMonth", "2027-03")
                .param("plannedTestMonth", "")).andExpect(status().is3xxRedirection());
        UsageApplications usage = portal.bean(UsageApplications.class);
        usage.approve(usage.latest(code).orElseThrow().id(), "operator", "");
        mvc.perform(post("/certificates").with(csrf()).session(institution).param("terminalId", "uketsuke-1")
                        .param("password", "p12-password-1").param("passwordConfirmation", "p12-password-1"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/x-pkcs12"));
        mvc.perform(get("/certificates/truststore.p12").session(institution)).andExpect(status().isOk());
        mvc.perform(post("/go-live/plan").with(csrf()).session(institution).param("targetStartDate", "2027-01-06")
                .param("plannedDeviceSetup", "")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/subsidy").with(csrf()).session(institution).param("readerCount", "1").param("readerOrderDate", "")
                .param("vendorContractDate", "").param("operationStartDate", "2026-12-01").param("deferral", "ORIGINAL")
                .param("costTerminal", "300000").param("costSoftware", "").param("costNetwork", "").param("costOther", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/subsidy/documents").file(new MockMultipartFile("file", "領収書.pdf", "application/pdf",
                "%PDF-1.4 receipt".getBytes(StandardCharsets.US_ASCII))).param("kind", "RECEIPT").with(csrf())
                .session(institution)).andExpect(status().is3xxRedirection());

        String certificates = body(mvc.perform(get("/certificates").session(institution)).andReturn().getResponse().getContentAsString());
        assertThat(certificates).contains("uketsuke-1").contains("有効");
        String plan = body(mvc.perform(get("/go-live").session(institution)).andReturn().getResponse().getContentAsString());
        assertThat(plan).contains("data-step=\"USAGE_APPLICATION\"").contains("data-status=\"DONE\"");
        String subsidy = body(mvc.perform(get("/subsidy").session(institution)).andReturn().getResponse().getContentAsString());
        assertThat(subsidy).as("today's deadlines are long past").contains("作成中").contains("領収書.pdf");
        String preview = body(mvc.perform(post("/subsidy/preview").with(csrf()).session(institution).param("readerCount", "1")
                .param("operationStartDate", "2023-01-10").param("deferral", "ORIGINAL").param("costTerminal", "200000"))
                .andReturn().getResponse().getContentAsString());
        assertThat(preview).contains("交付額 0円").contains("申請期限");
        for (String page : new String[] {"/home", "/applications/card-reader", "/applications/usage"}) {
            mvc.perform(get(page).session(institution)).andExpect(status().isOk());
        }
    }

    @Test
    void aStartDateAfterTheEndOfNextMonthIsRefused() throws Exception {
        // Today is 2026-11-21: the latest allowed 運用開始日 is 2026-12-31.
        mvc.perform(post("/go-live/start-date").with(csrf()).session(institution).param("operationStartDate", "2027-01-01"))
                .andExpect(status().is3xxRedirection());
        assertThat(portal.bean(GoLive.class).find(code).map(g -> g.operationStartDate())).isEmpty();
        mvc.perform(post("/go-live/start-date").with(csrf()).session(institution).param("operationStartDate", "2026-12-31"))
                .andExpect(status().is3xxRedirection());
        assertThat(portal.bean(GoLive.class).find(code).orElseThrow().operationStartDate()).hasToString("2026-12-31");
        assertThat(portal.bean(GoLive.class).completed(code)).containsKey(PreparationStep.GO_LIVE_ENTRY);
    }

    @Test
    void aLateTargetFlagsTheCardReaderStep() throws Exception {
        String late = PortalSteps.code("13", '1', "019876");
        PortalSteps.register(mvc, late, "late-plan@example.jp", false);
        // Start 2027-01-06: the reader should have been ordered by 2026-09-06 → previous business day 2026-09-04: LATE.
        var plan = portal.bean(GoLive.class).setTarget(late, "2027-01-06", "");
        assertThat(plan.anyLate()).isTrue();
        assertThat(plan.step(PreparationStep.CARD_READER_APPLICATION).latest()).hasValue(java.time.LocalDate.of(2026, 9, 4));
        // 5 business days before set-up: set-up defaults to 5 business days before 2027-01-06 = 2026-12-24 (12/29–1/3 closed),
        // 利用申請 by 5 business days before that = 2026-12-17.
        assertThat(plan.deviceSetup()).isEqualTo(java.time.LocalDate.of(2026, 12, 24));
        assertThat(plan.step(PreparationStep.USAGE_APPLICATION).latest()).hasValue(java.time.LocalDate.of(2026, 12, 17));
    }

    @Test
    void theOperatorSeesTheQueueAndExportsCsv() throws Exception {
        portal.bean(StaffAccounts.class).put("operator", "審査担当", StaffRole.OPERATOR, null, "operator-password-1");
        MockHttpSession operator = PortalSteps.signIn(mvc, "operator", "operator-password-1");
        mvc.perform(get("/operator").session(operator)).andExpect(status().isOk());
        mvc.perform(get("/operator?all=true").session(operator)).andExpect(status().isOk());
        for (String kind : new String[] {"card-reader", "usage", "subsidy"}) {
            mvc.perform(get("/operator/export/" + kind + ".csv").session(operator)).andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"));
        }
        mvc.perform(get("/home").session(operator)).andExpect(status().isForbidden());
    }

    private static String body(String html) {
        return html;
    }
}
