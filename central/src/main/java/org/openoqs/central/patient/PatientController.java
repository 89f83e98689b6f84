package org.openoqs.central.patient;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.openoqs.central.consent.Consent;
import org.openoqs.central.consent.ConsentService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The patient page (マイナポータル's role for OQS, an OpenOQS design choice — oqs-rules §6.4): sign in with the card and
 * PIN, see which institution saw what and when, see and withdraw consents. The signed-in person lives in the HTTP
 * session (id changed at sign-in); every form carries a per-session token checked on POST.
 */
@Controller
public class PatientController {
    static final String PERSON = "oqs.patient.personKey", TOKEN = "oqs.patient.token";

    private final PatientSignIn signIn;
    private final ConsentService consents;
    private final PatientHistory history;
    private final SecureRandom random = new SecureRandom();

    public PatientController(PatientSignIn signIn, ConsentService consents, PatientHistory history) {
        this.signIn = signIn;
        this.consents = consents;
        this.history = history;
    }

    @GetMapping("/patient")
    public String signInPage(HttpSession session, Model model) {
        if (session.getAttribute(PERSON) != null) return "redirect:/patient/home";
        model.addAttribute("token", token(session));
        return "patient/sign-in";
    }

    @PostMapping("/patient/sign-in")
    public String signIn(@RequestParam String cardId, @RequestParam String pin, @RequestParam String token,
                         HttpServletRequest request, Model model) {
        checkToken(request.getSession(), token);
        PatientSignIn.Outcome outcome = signIn.signIn(cardId, pin);
        if (!outcome.succeeded()) {
            model.addAttribute("error", outcome.message());
            model.addAttribute("cardId", cardId);
            model.addAttribute("token", token(request.getSession()));
            return "patient/sign-in";
        }
        request.changeSessionId();
        request.getSession().setAttribute(PERSON, outcome.personKey());
        history.signedIn(outcome.personKey());
        return "redirect:/patient/home";
    }

    @GetMapping("/patient/home")
    public String home(HttpSession session, Model model) {
        String personKey = (String) session.getAttribute(PERSON);
        if (personKey == null) return "redirect:/patient";
        List<Consent> list = consents.consentsOf(personKey);
        model.addAttribute("consents", list.stream().map(c -> new ConsentView(c, consents.stateOf(c))).toList());
        model.addAttribute("views", history.viewsOf(personKey));
        model.addAttribute("token", token(session));
        return "patient/home";
    }

    @PostMapping("/patient/consents/{id}/withdraw")
    public String withdraw(@PathVariable long id, @RequestParam String token, HttpSession session) {
        checkToken(session, token);
        String personKey = (String) session.getAttribute(PERSON);
        if (personKey == null) return "redirect:/patient";
        if (consents.withdrawByPatient(personKey, id)) history.withdrew(personKey, id);
        return "redirect:/patient/home";
    }

    @PostMapping("/patient/sign-out")
    public String signOut(@RequestParam String token, HttpSession session) {
        checkToken(session, token);
        session.invalidate();
        return "redirect:/patient";
    }

    private String token(HttpSession session) {
        String token = (String) session.getAttribute(TOKEN);
        if (token == null) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            token = HexFormat.of().formatHex(bytes);
            session.setAttribute(TOKEN, token);
        }
        return token;
    }

    private static void checkToken(HttpSession session, String token) {
        Object expected = session.getAttribute(TOKEN);
        if (expected == null || !expected.equals(token)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "フォームの有効期限が切れました。もう一度お試しください。");
        }
    }
}
