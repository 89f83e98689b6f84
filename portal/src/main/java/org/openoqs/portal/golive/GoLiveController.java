package org.openoqs.portal.golive;

import org.openoqs.core.onboarding.PreparationStep;
import org.openoqs.portal.account.PortalUser;
import org.openoqs.portal.web.FormRejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 運用開始日の入力, the preparation planner and the steps reported by the institution. */
@Controller
class GoLiveController {
    private final GoLive goLive;

    GoLiveController(GoLive goLive) {
        this.goLive = goLive;
    }

    @GetMapping("/go-live")
    String show(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("record", goLive.find(user.institutionCode()).orElse(null));
        model.addAttribute("plan", goLive.plan(user.institutionCode()).orElse(null));
        model.addAttribute("completed", goLive.completed(user.institutionCode()));
        model.addAttribute("selfReported", GoLive.SELF_REPORTED);
        model.addAttribute("steps", PreparationStep.values());
        model.addAttribute("latestAllowed", goLive.latestAllowedStart());
        return "go-live";
    }

    @PostMapping("/go-live/start-date")
    String enterStartDate(@AuthenticationPrincipal PortalUser user, @RequestParam("operationStartDate") String date,
                          RedirectAttributes redirect) {
        return handle(redirect, () -> goLive.enterStartDate(user.institutionCode(), date), "startDateSaved");
    }

    @PostMapping("/go-live/plan")
    String plan(@AuthenticationPrincipal PortalUser user, @RequestParam("targetStartDate") String target,
                @RequestParam(name = "plannedDeviceSetup", defaultValue = "") String setup, RedirectAttributes redirect) {
        return handle(redirect, () -> goLive.setTarget(user.institutionCode(), target, setup), "planSaved");
    }

    @PostMapping("/go-live/steps")
    String report(@AuthenticationPrincipal PortalUser user, @RequestParam("step") PreparationStep step,
                  @RequestParam(name = "completedOn", defaultValue = "") String completedOn, RedirectAttributes redirect) {
        return handle(redirect, () -> goLive.reportStep(user.institutionCode(), step, completedOn), "stepSaved");
    }

    private static String handle(RedirectAttributes redirect, Runnable action, String flag) {
        try {
            action.run();
            redirect.addFlashAttribute(flag, true);
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("problems", e.problems().asMap());
        }
        return "redirect:/go-live";
    }
}
