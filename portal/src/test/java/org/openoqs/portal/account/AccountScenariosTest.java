package org.openoqs.portal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.openoqs.portal.support.PortalSteps.MEDICAL_CODE;
import static org.openoqs.portal.support.PortalSteps.PASSWORD;
import static org.openoqs.portal.support.PortalSteps.register;
import static org.openoqs.portal.support.PortalSteps.signIn;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openoqs.core.institution.InstitutionType;
import org.openoqs.portal.mail.MailOutbox.StoredMail;
import org.openoqs.portal.support.PortalFixture;
import org.openoqs.portal.support.PortalFixture.Store;
import org.openoqs.portal.support.PortalSteps;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Accounts per 医療機関コード, sign-in with lock-out, and password reset by mail — on H2 and on PostgreSQL. */
class AccountScenariosTest {

    @Nested
    class OnH2 extends Scenarios {
        OnH2() { super(Store.H2); }
    }

    @Nested
    class OnPostgres extends Scenarios {
        OnPostgres() { super(Store.POSTGRES); }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Scenarios {
        private final Store store;
        private PortalFixture portal;
        private MockMvc mvc;

        Scenarios(Store store) {
            this.store = store;
        }

        @BeforeAll
        void start() {
            portal = PortalFixture.start(store);
            mvc = portal.mvc();
        }

        @AfterAll
        void stop() {
            if (portal != null) portal.close();
        }

        @Test
        void registersOneAccountPerCodeAndTellsTheTypeFromTheCode() throws Exception {
            String pharmacy = PortalSteps.code("13", '4', "014000");
            String hospital = PortalSteps.code("13", '1', "012000");
            assertThat(register(mvc, MEDICAL_CODE, "clinic@example.jp", false).getResponse().getRedirectedUrl()).isEqualTo("/login");
            register(mvc, pharmacy, "pharmacy@example.jp", false);
            register(mvc, hospital, "hospital@example.jp", true);
            AccountRepository accounts = portal.bean(AccountRepository.class);
            assertThat(accounts.find(MEDICAL_CODE).orElseThrow().institutionType()).isEqualTo(InstitutionType.MEDICAL_CLINIC);
            assertThat(accounts.find(pharmacy).orElseThrow().institutionType()).isEqualTo(InstitutionType.PHARMACY);
            assertThat(accounts.find(hospital).orElseThrow().institutionType()).isEqualTo(InstitutionType.HOSPITAL);

            MvcResult again = register(mvc, MEDICAL_CODE, "other@example.jp", false);
            assertThat(problems(again)).containsKey("medicalInstitutionCode");
            MvcResult sameMail = register(mvc, PortalSteps.code("13", '3', "013000"), "CLINIC@example.jp", false);
            assertThat(problems(sameMail).get("email")).contains("1アカウントにつき1メールアドレス");
        }

        @Test
        void refusesAWrongCheckDigitAndNamesTheField() throws Exception {
            MvcResult result = register(mvc, "3410712363", "wrong-digit@example.jp", false);
            assertThat(problems(result).get("medicalInstitutionCode")).contains("医療機関等コード");
            assertThat(portal.bean(AccountRepository.class).findByEmail("wrong-digit@example.jp")).isEmpty();
        }

        @Test
        void aPharmacyCannotBeAHospital() throws Exception {
            MvcResult result = register(mvc, PortalSteps.code("27", '4', "011000"), "p2@example.jp", true);
            assertThat(problems(result).get("medicalInstitutionCode")).contains("病院");
        }

        @Test
        void signsInWithTheCodeAndLocksAfterRepeatedFailures() throws Exception {
            String code = PortalSteps.code("01", '1', "015000");
            register(mvc, code, "lock@example.jp", false);
            assertThat(signIn(mvc, code, PASSWORD)).isNotNull();
            mvc.perform(get("/home").session(signIn(mvc, code, PASSWORD))).andExpect(status().isOk());
            for (int i = 0; i < 5; i++) {
                mvc.perform(formLogin("/login").user(code).password("wrong-password")).andExpect(redirectedUrl("/login?error"));
            }
            mvc.perform(formLogin("/login").user(code).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
            portal.clock.advance(Duration.ofMinutes(16));
            mvc.perform(formLogin("/login").user(code).password(PASSWORD)).andExpect(redirectedUrl("/after-login"));
        }

        @Test
        void institutionsCannotOpenTheOperatorViewAndStrangersMustSignIn() throws Exception {
            String code = PortalSteps.code("02", '1', "016000");
            register(mvc, code, "nosy@example.jp", false);
            mvc.perform(get("/operator").session(signIn(mvc, code, PASSWORD))).andExpect(status().isForbidden());
            mvc.perform(get("/home")).andExpect(status().is3xxRedirection());
        }

        @Test
        void resetsThePasswordThroughTheMailedLinkOnce() throws Exception {
            String code = PortalSteps.code("03", '1', "017000");
            register(mvc, code, "reset@example.jp", false);
            mvc.perform(post("/password/forgot").with(csrf()).param("email", "Reset@Example.jp"))
                    .andExpect(redirectedUrl("/password/forgot"));
            List<StoredMail> mails = portal.outbox().sentTo("reset@example.jp");
            assertThat(mails).hasSize(1);
            String token = token(mails.get(0));

            mvc.perform(post("/password/reset").with(csrf()).param("token", token).param("password", "a-new-password-1")
                    .param("passwordConfirmation", "a-new-password-1")).andExpect(redirectedUrl("/login"));
            mvc.perform(formLogin("/login").user(code).password("a-new-password-1")).andExpect(redirectedUrl("/after-login"));
            mvc.perform(formLogin("/login").user(code).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
            MvcResult reused = mvc.perform(post("/password/reset").with(csrf()).param("token", token)
                    .param("password", "another-password-2").param("passwordConfirmation", "another-password-2")).andReturn();
            assertThat(problems(reused)).containsKey("token");
        }

        @Test
        void aResetLinkExpiresAndUnknownAddressesGetNoMail() throws Exception {
            String code = PortalSteps.code("04", '1', "018000");
            register(mvc, code, "expire@example.jp", false);
            mvc.perform(post("/password/forgot").with(csrf()).param("email", "expire@example.jp"));
            String token = token(portal.outbox().sentTo("expire@example.jp").get(0));
            portal.clock.advance(Duration.ofMinutes(61));
            assertThat(portal.bean(PasswordReset.class).isValid(token)).isFalse();

            mvc.perform(post("/password/forgot").with(csrf()).param("email", "nobody@example.jp"))
                    .andExpect(redirectedUrl("/password/forgot"));
            assertThat(portal.outbox().sentTo("nobody@example.jp")).isEmpty();
        }

        private static String token(StoredMail mail) {
            Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mail.body());
            assertThat(m.find()).as("reset link in %s", mail.body()).isTrue();
            return m.group(1);
        }

        @SuppressWarnings("unchecked")
        static java.util.Map<String, String> problems(MvcResult result) {
            Object problems = result.getModelAndView() == null ? null : result.getModelAndView().getModel().get("problems");
            assertThat(problems).as("the form was refused").isNotNull();
            return (java.util.Map<String, String>) problems;
        }
    }
}
