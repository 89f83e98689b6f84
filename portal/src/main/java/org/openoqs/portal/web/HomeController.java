package org.openoqs.portal.web;

import org.openoqs.portal.account.AccountRepository;
import org.openoqs.portal.account.PortalUser;
import org.openoqs.portal.application.CardReaderApplications;
import org.openoqs.portal.application.UsageApplications;
import org.openoqs.portal.certificate.TerminalCertificates;
import org.openoqs.portal.golive.GoLive;
import org.openoqs.portal.subsidy.SubsidyApplications;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The institution's home: where it stands in the four steps, and what needs attention (returns, expiring certificates). */
@Controller
class HomeController {
    private final AccountRepository accounts;
    private final CardReaderApplications cardReaders;
    private final UsageApplications usage;
    private final TerminalCertificates certificates;
    private final SubsidyApplications subsidies;
    private final GoLive goLive;

    HomeController(AccountRepository accounts, CardReaderApplications cardReaders, UsageApplications usage,
                   TerminalCertificates certificates, SubsidyApplications subsidies, GoLive goLive) {
        this.accounts = accounts;
        this.cardReaders = cardReaders;
        this.usage = usage;
        this.certificates = certificates;
        this.subsidies = subsidies;
        this.goLive = goLive;
    }

    @GetMapping("/home")
    String home(@AuthenticationPrincipal PortalUser user, Model model) {
        String code = user.institutionCode();
        model.addAttribute("account", accounts.find(code).orElseThrow());
        model.addAttribute("cardReaders", cardReaders.list(code));
        model.addAttribute("usage", usage.latest(code).orElse(null));
        model.addAttribute("certificates", certificates.list(code));
        model.addAttribute("expiring", certificates.expiringSoon(code));
        model.addAttribute("subsidy", subsidies.latest(code).orElse(null));
        model.addAttribute("goLive", goLive.find(code).orElse(null));
        model.addAttribute("plan", goLive.plan(code).orElse(null));
        return "home";
    }
}
