package org.openoqs.terminal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Japanese sign-in page ({@code POST /login} itself is handled by Spring Security) and the start page. */
@Controller
class SignInController {

    private final KioskClients kioskClients;

    SignInController(KioskClients kioskClients) {
        this.kioskClients = kioskClients;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** The reader's own browser starts at the kiosk; staff elsewhere at the results list. */
    @GetMapping("/")
    String home(HttpServletRequest request, Authentication authentication) {
        if (kioskClients.allows(request.getRemoteAddr())
                && (authentication == null || authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/kiosk";
        }
        return "redirect:/staff/results";
    }
}
