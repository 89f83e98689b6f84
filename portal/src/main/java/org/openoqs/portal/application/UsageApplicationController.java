package org.openoqs.portal.application;

import org.openoqs.portal.account.PortalUser;
import org.openoqs.portal.web.FormRejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** オンライン資格確認利用申請 page. */
@Controller
class UsageApplicationController {
    private final UsageApplications applications;

    UsageApplicationController(UsageApplications applications) {
        this.applications = applications;
    }

    @GetMapping("/applications/usage")
    String show(@AuthenticationPrincipal PortalUser user, Model model) {
        if (!model.containsAttribute("form")) model.addAttribute("form", UsageApplicationForm.empty());
        model.addAttribute("latest", applications.latest(user.institutionCode()).orElse(null));
        model.addAttribute("lineTypes", LineType.values());
        model.addAttribute("carriers", LineCarrier.values());
        return "applications/usage";
    }

    @PostMapping("/applications/usage")
    String submit(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") UsageApplicationForm form,
                  Model model, RedirectAttributes redirect) {
        try {
            applications.submit(user.institutionCode(), form);
            redirect.addFlashAttribute("submitted", true);
            return "redirect:/applications/usage";
        } catch (FormRejectedException e) {
            model.addAttribute("problems", e.problems().asMap());
            return show(user, model);
        }
    }
}
