package org.openoqs.terminal.kiosk;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openoqs.core.consent.CareSetting;
import org.openoqs.core.consent.ConsentCategory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 管理アカウント's card-reader settings: care setting and which consent screens patients see. */
@Controller
@RequestMapping("/staff/settings")
class KioskSettingsController {

    private final KioskSettingsStore store;

    KioskSettingsController(KioskSettingsStore store) {
        this.store = store;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("settings", store.current());
        model.addAttribute("careSettings", KioskSettings.SELECTABLE_CARE_SETTINGS);
        model.addAttribute("categories", List.of(ConsentCategory.values()));
        return "staff/settings";
    }

    @PostMapping
    String save(@RequestParam CareSetting careSetting,
            @RequestParam(name = "consentScreens", required = false) Set<ConsentCategory> screens,
            @RequestParam(defaultValue = "false") boolean askPrescriptionIssue, RedirectAttributes redirect) {
        if (!KioskSettings.SELECTABLE_CARE_SETTINGS.contains(careSetting)) {
            throw new IllegalArgumentException("not a card-reader care setting: " + careSetting);
        }
        Set<ConsentCategory> chosen = screens == null ? EnumSet.noneOf(ConsentCategory.class) : screens;
        store.save(new KioskSettings(careSetting, chosen, askPrescriptionIssue));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/staff/settings";
    }
}
