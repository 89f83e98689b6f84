package org.openoqs.terminal.kiosk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 目視確認: when the PIN is locked, a 管理アカウント signs in at the reader [C] rules §6.3, compares the card face with
 * the patient and confirms (or not). Either way the staff member is signed out again at once, keeping the patient's
 * flow, so the patient never continues with staff rights on the screen.
 */
@Controller
@RequestMapping("/kiosk/visual-check")
class VisualCheckController {

    private final KioskService service;
    private final KioskSessions sessions;

    VisualCheckController(KioskService service, KioskSessions sessions) {
        this.service = service;
        this.sessions = sessions;
    }

    @GetMapping
    String show(HttpSession session, Model model, Authentication staff) {
        return sessions.with(session, flow -> {
            if (flow.step() != KioskFlow.Step.VISUAL_CHECK) {
                return "redirect:/kiosk";
            }
            model.addAttribute("face", service.cardFace(flow).orElse(null));
            model.addAttribute("staff", staff.getName());
            return "kiosk/visual-check";
        });
    }

    @PostMapping
    String decide(@RequestParam boolean confirmed, HttpSession session, Authentication staff,
            HttpServletRequest request, HttpServletResponse response) {
        sessions.with(session, flow -> {
            if (flow.step() == KioskFlow.Step.VISUAL_CHECK) {
                if (confirmed) {
                    service.confirmVisually(flow, staff.getName());
                } else {
                    service.declineVisually(flow, staff.getName());
                }
            }
            return null;
        });
        signOutKeepingTheSession(request, response, staff);
        return "redirect:/kiosk";
    }

    private static void signOutKeepingTheSession(HttpServletRequest request, HttpServletResponse response,
            Authentication staff) {
        SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();
        logout.setInvalidateHttpSession(false);
        logout.logout(request, response, staff);
        request.changeSessionId();
    }
}
