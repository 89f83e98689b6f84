package org.openoqs.portal.subsidy;

import java.io.IOException;
import java.util.Optional;
import org.openoqs.core.subsidy.DeferralCondition;
import org.openoqs.portal.account.PortalUser;
import org.openoqs.portal.golive.GoLive;
import org.openoqs.portal.web.FormRejectedException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 補助金申請 page: costs and dates, a live grant preview, document upload, submission. */
@Controller
class SubsidyController {
    private final SubsidyApplications applications;
    private final SubsidyDocuments documents;
    private final GoLive goLive;

    SubsidyController(SubsidyApplications applications, SubsidyDocuments documents, GoLive goLive) {
        this.applications = applications;
        this.documents = documents;
        this.goLive = goLive;
    }

    @GetMapping("/subsidy")
    String show(@AuthenticationPrincipal PortalUser user, Model model) {
        Optional<SubsidyApplication> latest = applications.latest(user.institutionCode());
        if (!model.containsAttribute("form")) model.addAttribute("form", formOf(user.institutionCode(), latest));
        model.addAttribute("latest", latest.orElse(null));
        model.addAttribute("documents", latest.map(a -> documents.list(a.id())).orElse(java.util.List.of()));
        model.addAttribute("documentKinds", SubsidyDocumentKind.values());
        model.addAttribute("deferrals", DeferralCondition.values());
        model.addAttribute("ruleTableVersion", applications.ruleTable().version());
        model.addAttribute("deadlines", applications.ruleTable().deadlines());
        return "subsidy";
    }

    @PostMapping("/subsidy/preview")
    String preview(@AuthenticationPrincipal PortalUser user, @ModelAttribute SubsidyForm form, Model model) {
        try {
            model.addAttribute("decision", applications.preview(user.institutionCode(), form));
        } catch (FormRejectedException e) {
            model.addAttribute("previewProblems", e.problems().asMap());
        }
        return "subsidy :: preview";
    }

    @PostMapping("/subsidy")
    String save(@AuthenticationPrincipal PortalUser user, @ModelAttribute("form") SubsidyForm form, Model model,
                RedirectAttributes redirect) {
        try {
            applications.save(user.institutionCode(), form);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/subsidy";
        } catch (FormRejectedException e) {
            model.addAttribute("problems", e.problems().asMap());
            return show(user, model);
        }
    }

    @PostMapping("/subsidy/documents")
    String upload(@AuthenticationPrincipal PortalUser user, @RequestParam("kind") SubsidyDocumentKind kind,
                  @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            SubsidyApplication open = applications.open(user.institutionCode()).orElseThrow(() ->
                    FormRejectedException.of("document-" + kind.name(), "先に申請内容を保存してください"));
            documents.store(open.id(), kind, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("uploaded", kind.label());
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("problems", e.problems().asMap());
        }
        return "redirect:/subsidy";
    }

    @PostMapping("/subsidy/documents/{id}/delete")
    String delete(@AuthenticationPrincipal PortalUser user, @PathVariable("id") long id) {
        applications.open(user.institutionCode()).ifPresent(open -> documents.delete(open.id(), id));
        return "redirect:/subsidy";
    }

    @GetMapping("/subsidy/documents/{id}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal PortalUser user, @PathVariable("id") long id) {
        SubsidyApplication latest = applications.latest(user.institutionCode()).orElseThrow(() ->
                FormRejectedException.of("document", "書類はありません"));
        SubsidyDocuments.Content content = documents.read(latest.id(), id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.document().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", content.document().sha256())
                .contentType(MediaType.parseMediaType(content.document().contentType()))
                .body(content.bytes());
    }

    @PostMapping("/subsidy/submit")
    String submit(@AuthenticationPrincipal PortalUser user, Model model, RedirectAttributes redirect) {
        try {
            applications.submit(user.institutionCode());
            redirect.addFlashAttribute("submitted", true);
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("problems", e.problems().asMap());
        }
        return "redirect:/subsidy";
    }

    /** The saved figures, or a new form with the 運用開始日 the institution entered. */
    private SubsidyForm formOf(String institutionCode, Optional<SubsidyApplication> latest) {
        if (latest.isPresent()) {
            SubsidyApplication a = latest.get();
            return new SubsidyForm(String.valueOf(a.readerCount()), text(a.readerOrderDate()), text(a.vendorContractDate()),
                    text(a.operationStartDate()), a.deferral().name(), String.valueOf(a.costs().terminal()),
                    String.valueOf(a.costs().software()), String.valueOf(a.costs().network()), String.valueOf(a.costs().other()));
        }
        String start = goLive.find(institutionCode).map(g -> text(g.operationStartDate())).orElse("");
        return new SubsidyForm("1", "", "", start, DeferralCondition.ORIGINAL.name(), "", "", "", "");
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
