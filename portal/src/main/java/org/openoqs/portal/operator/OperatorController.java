package org.openoqs.portal.operator;

import java.nio.charset.StandardCharsets;
import org.openoqs.portal.account.PortalUser;
import org.openoqs.portal.application.ApplicationKind;
import org.openoqs.portal.application.ApplicationStatus;
import org.openoqs.portal.application.CardReaderApplications;
import org.openoqs.portal.application.UsageApplications;
import org.openoqs.portal.account.AccountRepository;
import org.openoqs.portal.subsidy.SubsidyApplications;
import org.openoqs.portal.web.FormRejectedException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 支払基金 operator's view: every application by kind, 承認 / 差戻し, and CSV export. */
@Controller
class OperatorController {
    private final CardReaderApplications cardReaders;
    private final UsageApplications usage;
    private final SubsidyApplications subsidies;
    private final AccountRepository accounts;
    private final ApplicationCsvExport export;

    OperatorController(CardReaderApplications cardReaders, UsageApplications usage, SubsidyApplications subsidies,
                       AccountRepository accounts, ApplicationCsvExport export) {
        this.cardReaders = cardReaders;
        this.usage = usage;
        this.subsidies = subsidies;
        this.accounts = accounts;
        this.export = export;
    }

    @GetMapping("/operator")
    String overview(@RequestParam(name = "all", defaultValue = "false") boolean all, Model model) {
        model.addAttribute("all", all);
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("cardReaders", cardReaders.all().stream().filter(a -> all || a.status() == ApplicationStatus.SUBMITTED).toList());
        model.addAttribute("usage", usage.all().stream().filter(a -> all || a.status() == ApplicationStatus.SUBMITTED).toList());
        model.addAttribute("subsidies", subsidies.all().stream().filter(a -> all || a.status().name().equals("SUBMITTED")).toList());
        model.addAttribute("kinds", ApplicationKind.values());
        return "operator/overview";
    }

    @PostMapping("/operator/{kind}/{id}/{decision}")
    String decide(@AuthenticationPrincipal PortalUser operator, @PathVariable("kind") String kind,
                  @PathVariable("id") long id, @PathVariable("decision") String decision,
                  @RequestParam(name = "comment", defaultValue = "") String comment, RedirectAttributes redirect) {
        ApplicationStatus to = switch (decision) {
            case "approve" -> ApplicationStatus.APPROVED;
            case "return" -> ApplicationStatus.RETURNED;
            default -> throw new IllegalArgumentException("unknown decision " + decision);
        };
        try {
            switch (ApplicationKind.ofSlug(kind)) {
                case CARD_READER -> cardReaders.decide(id, to, operator.getUsername(), comment);
                case USAGE -> {
                    if (to == ApplicationStatus.APPROVED) usage.approve(id, operator.getUsername(), comment);
                    else usage.returnApplication(id, operator.getUsername(), comment);
                }
                case SUBSIDY -> subsidies.decide(id, to, operator.getUsername(), comment);
            }
            redirect.addFlashAttribute("decided", ApplicationKind.ofSlug(kind).label() + " " + id + ": " + to.label());
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("problems", e.problems().asMap());
        }
        return "redirect:/operator";
    }

    @GetMapping("/operator/export/{kind}.csv")
    ResponseEntity<byte[]> csv(@PathVariable("kind") String kind) {
        ApplicationKind applicationKind = ApplicationKind.ofSlug(kind);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(applicationKind.slug() + "-applications.csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(export.export(applicationKind).getBytes(StandardCharsets.UTF_8));
    }
}
