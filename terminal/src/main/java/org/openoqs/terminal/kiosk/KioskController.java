package org.openoqs.terminal.kiosk;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.openoqs.core.code.OqsCode;
import org.openoqs.core.code.PrescriptionIssueSelect;
import org.openoqs.core.consent.ConsentCategory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The card-reader screens. Every action is a POST answered with a redirect to {@code GET /kiosk}, which shows the
 * screen of the flow's current step (so reloading or going back never repeats an action). An action that does not fit
 * the current step (a stale page, a double tap) just shows the current screen again.
 */
@Controller
@RequestMapping("/kiosk")
class KioskController {

    private static final String SCREEN = "redirect:/kiosk";

    private final KioskService service;
    private final KioskSessions sessions;

    KioskController(KioskService service, KioskSessions sessions) {
        this.service = service;
        this.sessions = sessions;
    }

    @GetMapping
    String screen(HttpSession session, Model model) {
        return sessions.with(session, flow -> {
            model.addAttribute("flow", flow);
            model.addAttribute("idleMillis", service.idleTimeout().toMillis());
            switch (flow.step()) {
                case PLACE_CARD, CHALLENGE_EXPIRED -> model.addAttribute("cards",
                        service.cards().stream().map(CardFace::of).toList());
                case FACE -> model.addAttribute("shots", List.of(SimulatedCamera.values()));
                case CONSENT -> model.addAttribute("consent", flow.currentConsent().orElseThrow());
                case PRESCRIPTION -> model.addAttribute("prescriptionChoices", List.of(PrescriptionIssueSelect.values()));
                default -> { }
            }
            return "kiosk/kiosk";
        });
    }

    @PostMapping("/card")
    String placeCard(@RequestParam String cardId, HttpSession session) {
        sessions.with(session, flow -> { service.placeCard(flow, cardId); return null; });
        return SCREEN;
    }

    @PostMapping("/method")
    String chooseMethod(@RequestParam String method, HttpSession session) {
        sessions.with(session, flow -> {
            if ("FACE".equals(method)) {
                service.chooseFace(flow);
            } else {
                service.choosePin(flow);
            }
            return null;
        });
        return SCREEN;
    }

    @PostMapping("/face")
    String captureFace(@RequestParam SimulatedCamera shot, HttpSession session) {
        sessions.with(session, flow -> { service.captureFace(flow, shot); return null; });
        return SCREEN;
    }

    @PostMapping("/pin")
    String enterPin(@RequestParam(defaultValue = "") String pin, HttpSession session, RedirectAttributes redirect) {
        boolean taken = sessions.with(session, flow -> service.enterPin(flow, pin));
        if (!taken) {
            redirect.addFlashAttribute("pinFormat", true);
        }
        return SCREEN;
    }

    @PostMapping("/staff")
    String callStaff(HttpSession session) {
        sessions.with(session, flow -> { service.callStaff(flow); return null; });
        return "redirect:/kiosk/visual-check";
    }

    @PostMapping("/consent")
    String answerConsent(@RequestParam ConsentCategory category, @RequestParam boolean agreed, HttpSession session) {
        sessions.with(session, flow -> { service.answerConsent(flow, category, agreed); return null; });
        return SCREEN;
    }

    @PostMapping("/prescription")
    String choosePrescription(@RequestParam String select, HttpSession session) {
        PrescriptionIssueSelect choice = OqsCode.parse(PrescriptionIssueSelect.class, "PrescriptionIssueSelect", select);
        sessions.with(session, flow -> { service.choosePrescription(flow, choice); return null; });
        return SCREEN;
    }

    @PostMapping("/restart")
    String restart(HttpSession session) {
        sessions.restart(session);
        return SCREEN;
    }

    /** A stale or repeated action: show where the patient actually is. */
    @ExceptionHandler({IllegalStateException.class, IllegalArgumentException.class})
    String outOfStep() {
        return SCREEN;
    }
}
