package org.openoqs.portal.application;

import org.openoqs.portal.account.AccountRepository;
import org.openoqs.portal.account.PortalUser;
import org.openoqs.portal.web.FormRejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 顔認証付きカードリーダー申し込み page, with a live quote (htmx) of free units and delivery. */
@Controller
class CardReaderApplicationController {
    private final CardReaderApplications applications;
    private final AccountRepository accounts;

    CardReaderApplicationController(CardReaderApplications applications, AccountRepository accounts) {
        this.applications = applications;
        this.accounts = accounts;
    }

    @GetMapping("/applications/card-reader")
    String show(@AuthenticationPrincipal PortalUser user, Model model) {
        var account = accounts.find(user.institutionCode()).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("products", applications.products());
        model.addAttribute("freeUnitsLeft", applications.freeUnitsLeft(account));
        model.addAttribute("applications", applications.list(user.institutionCode()));
        if (!model.containsAttribute("productCode")) model.addAttribute("productCode", applications.products().get(0).productCode());
        if (!model.containsAttribute("units")) model.addAttribute("units", 1);
        model.addAttribute("quote", applications.quote(user.institutionCode(), (String) model.getAttribute("productCode"),
                (Integer) model.getAttribute("units")));
        return "applications/card-reader";
    }

    @GetMapping("/applications/card-reader/quote")
    String quote(@AuthenticationPrincipal PortalUser user, @RequestParam("productCode") String productCode,
                 @RequestParam(name = "units", defaultValue = "1") int units, Model model) {
        model.addAttribute("quote", applications.quote(user.institutionCode(), productCode, units));
        return "applications/card-reader :: quote";
    }

    @PostMapping("/applications/card-reader")
    String submit(@AuthenticationPrincipal PortalUser user, @RequestParam("productCode") String productCode,
                  @RequestParam(name = "units", defaultValue = "0") int units, Model model, RedirectAttributes redirect) {
        try {
            applications.submit(user.institutionCode(), productCode, units);
            redirect.addFlashAttribute("submitted", true);
            return "redirect:/applications/card-reader";
        } catch (FormRejectedException e) {
            model.addAttribute("problems", e.problems().asMap());
            model.addAttribute("productCode", applications.products().get(0).productCode());
            model.addAttribute("units", 1);
            return show(user, model);
        }
    }
}
