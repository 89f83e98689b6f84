package org.openoqs.portal.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.HttpSession;
import org.openoqs.core.number.CheckDigit;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Steps several scenario classes share: register an institution, sign in, build valid 医療機関コード. */
public final class PortalSteps {
    public static final String PASSWORD = "correct-horse-42";
    /** 別添２'s worked example: 広島 (34), 医科 (1), 0712 → 2. */
    public static final String MEDICAL_CODE = "3410712362";

    private PortalSteps() {}

    /** A valid 10-digit code: prefecture, 点数表番号 and a 6-digit rest, with its check digit. */
    public static String code(String prefecture, char feeSchedule, String rest) {
        return CheckDigit.append(prefecture + feeSchedule + rest);
    }

    public static MvcResult register(MockMvc mvc, String code, String email, boolean hospital) throws Exception {
        return mvc.perform(post("/register").with(csrf()).param("medicalInstitutionCode", code)
                .param("institutionName", "テスト医療機関 " + code).param("hospital", String.valueOf(hospital))
                .param("largeChainPharmacy", "false").param("email", email).param("password", PASSWORD)
                .param("passwordConfirmation", PASSWORD)).andReturn();
    }

    /** Signs in and returns the authenticated session. */
    public static MockHttpSession signIn(MockMvc mvc, String user, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(user).password(password)).andReturn();
        HttpSession session = result.getRequest().getSession(false);
        return (MockHttpSession) session;
    }
}
