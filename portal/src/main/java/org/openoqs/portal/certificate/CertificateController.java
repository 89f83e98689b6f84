package org.openoqs.portal.certificate;

import org.openoqs.portal.account.PortalUser;
import org.openoqs.portal.application.UsageApplications;
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

/** 電子証明書: issue (PKCS#12 download), list, revoke, and the trust store a terminal needs for central. */
@Controller
class CertificateController {
    /** Trust stores hold only a public CA certificate; the conventional password keeps tools happy. */
    static final String TRUST_STORE_PASSWORD = "changeit";
    private final TerminalCertificates certificates;
    private final UsageApplications usage;

    CertificateController(TerminalCertificates certificates, UsageApplications usage) {
        this.certificates = certificates;
        this.usage = usage;
    }

    @GetMapping("/certificates")
    String list(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("certificates", certificates.list(user.institutionCode()));
        model.addAttribute("approved", usage.isApproved(user.institutionCode()));
        model.addAttribute("trustStorePassword", TRUST_STORE_PASSWORD);
        return "certificates";
    }

    /** Issues and answers with the PKCS#12 file; on a refused form, the page again with the problems. */
    @PostMapping("/certificates")
    Object issue(@AuthenticationPrincipal PortalUser user, @RequestParam("terminalId") String terminalId,
                 @RequestParam("password") String password, @RequestParam("passwordConfirmation") String confirmation,
                 Model model) {
        try {
            IssuedDownload download = certificates.issue(user.institutionCode(), terminalId, password, confirmation);
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(download.fileName()).build().toString())
                    .header("X-OQS-Serial-Number", download.serialNumber())
                    .contentType(MediaType.parseMediaType("application/x-pkcs12"))
                    .body(download.pkcs12());
        } catch (FormRejectedException e) {
            model.addAttribute("problems", e.problems().asMap());
            model.addAttribute("terminalId", terminalId);
            return list(user, model);
        }
    }

    @PostMapping("/certificates/{serial}/revoke")
    String revoke(@AuthenticationPrincipal PortalUser user, @PathVariable("serial") String serial,
                  @RequestParam(name = "reason", defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            certificates.revoke(user.institutionCode(), serial, reason);
            redirect.addFlashAttribute("revoked", serial);
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("problems", e.problems().asMap());
        }
        return "redirect:/certificates";
    }

    @GetMapping("/certificates/truststore.p12")
    ResponseEntity<byte[]> trustStore() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("truststore.p12").build().toString())
                .contentType(MediaType.parseMediaType("application/x-pkcs12"))
                .body(certificates.trustStore(TRUST_STORE_PASSWORD.toCharArray()));
    }
}
