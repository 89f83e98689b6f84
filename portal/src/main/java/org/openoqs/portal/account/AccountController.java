package org.openoqs.portal.account;

import org.openoqs.portal.web.FormRejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in, アカウント登録 and パスワード再設定 pages. */
@Controller
class AccountController {
    private final AccountRegistration registration;
    private final PasswordReset reset;
    private final PasswordPolicy passwords;

    AccountController(AccountRegistration registration, PasswordReset reset, PasswordPolicy passwords) {
        this.registration = registration;
        this.reset = reset;
        this.passwords = passwords;
    }

    @GetMapping("/")
    String start(@AuthenticationPrincipal PortalUser user) {
        return user == null ? "redirect:/login" : "redirect:/after-login";
    }

    @GetMapping("/after-login")
    String afterLogin(@AuthenticationPrincipal PortalUser user) {
        if (user.isInstitution()) return "redirect:/home";
        return StaffRole.OPERATOR.name().equals(user.role()) ? "redirect:/operator" : "redirect:/dashboard";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/register")
    String registerForm(Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        model.addAttribute("minimumPasswordLength", passwords.minimumLength());
        return "register";
    }

    @PostMapping("/register")
    String register(@ModelAttribute("form") RegistrationForm form, Model model, RedirectAttributes redirect) {
        try {
            PortalAccount account = registration.register(form);
            redirect.addFlashAttribute("registered", account.medicalInstitutionCode());
            return "redirect:/login";
        } catch (FormRejectedException e) {
            model.addAttribute("problems", e.problems().asMap());
            model.addAttribute("form", new RegistrationForm(form.medicalInstitutionCode(), form.institutionName(),
                    form.hospital(), form.largeChainPharmacy(), form.email(), "", ""));
            model.addAttribute("minimumPasswordLength", passwords.minimumLength());
            return "register";
        }
    }

    @GetMapping("/password/forgot")
    String forgotForm() {
        return "password-forgot";
    }

    @PostMapping("/password/forgot")
    String forgot(@RequestParam("email") String email, RedirectAttributes redirect) {
        reset.request(email);
        redirect.addFlashAttribute("requested", true);
        return "redirect:/password/forgot";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(name = "token", defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("valid", reset.isValid(token));
        model.addAttribute("minimumPasswordLength", passwords.minimumLength());
        return "password-reset";
    }

    @PostMapping("/password/reset")
    String resetPassword(@RequestParam("token") String token, @RequestParam("password") String password,
                         @RequestParam("passwordConfirmation") String confirmation, Model model,
                         RedirectAttributes redirect) {
        try {
            reset.reset(token, password, confirmation);
            redirect.addFlashAttribute("passwordReset", true);
            return "redirect:/login";
        } catch (FormRejectedException e) {
            model.addAttribute("token", token);
            model.addAttribute("valid", reset.isValid(token));
            model.addAttribute("problems", e.problems().asMap());
            model.addAttribute("minimumPasswordLength", passwords.minimumLength());
            return "password-reset";
        }
    }
}
