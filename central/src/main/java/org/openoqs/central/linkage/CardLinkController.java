package org.openoqs.central.linkage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import org.openoqs.central.intake.InsurerCredential;
import org.openoqs.central.intake.InsurerCredentialService;
import org.openoqs.central.intake.InsurerIntakeController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 紐付け over HTTP, for insurers ({@code Authorization: Bearer <token>}, the intake credential): register links from a
 * CSV, list held requests, re-check or reject one. See {@link CardLinkService} for the rules.
 */
@RestController
@RequestMapping("/api/v1/insurer/card-links")
@Tag(name = "Card linkage", description = "保険者によるマイナンバーカード（利用者証明用電子証明書）の紐付け")
public class CardLinkController {
    private final CardLinkService links;
    private final InsurerCredentialService credentials;

    public CardLinkController(CardLinkService links, InsurerCredentialService credentials) {
        this.links = links;
        this.credentials = credentials;
    }

    @Operation(summary = "Link card certificates to PersonKeys (CSV: InsurerNumber,PersonKey,Certificate)")
    @PostMapping(consumes = {"text/csv", "application/octet-stream", "text/plain"})
    public ResponseEntity<?> register(HttpServletRequest request,
                                      @RequestHeader(name = "Authorization", required = false) String authorization)
            throws IOException {
        var credential = credentials.authenticateHeader(authorization);
        if (credential.isEmpty()) return InsurerCredentialService.unauthorized();
        try (Reader body = InsurerIntakeController.strictUtf8(request)) {
            CardLinkReport report = links.register(body, credential.get());
            return ResponseEntity.status(report.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(report);
        }
    }

    @Operation(summary = "Link requests held for review")
    @GetMapping("/held")
    public ResponseEntity<?> held(@RequestHeader(name = "Authorization", required = false) String authorization) {
        var credential = credentials.authenticateHeader(authorization);
        if (credential.isEmpty()) return InsurerCredentialService.unauthorized();
        List<Map<String, Object>> held = links.held(credential.get()).stream().map(r -> Map.<String, Object>of(
                "Id", r.id(), "InsurerNumber", r.insurerNumber(), "PersonKey", r.personKey(),
                "CertificateSerial", r.certificateSerial(), "Mismatches", r.mismatches() == null ? "" : r.mismatches(),
                "ReceivedAt", r.receivedAt().toString())).toList();
        return ResponseEntity.ok(held);
    }

    @Operation(summary = "Re-check a held request after the insurer corrected its record")
    @PostMapping("/held/{id}/recheck")
    public ResponseEntity<?> recheck(@PathVariable long id,
                                     @RequestHeader(name = "Authorization", required = false) String authorization) {
        var credential = credentials.authenticateHeader(authorization);
        if (credential.isEmpty()) return InsurerCredentialService.unauthorized();
        return links.recheck(id, credential.get()).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @Operation(summary = "Reject a held request")
    @PostMapping("/held/{id}/reject")
    public ResponseEntity<?> reject(@PathVariable long id, @RequestBody(required = false) Map<String, String> body,
                                    @RequestHeader(name = "Authorization", required = false) String authorization) {
        var credential = credentials.authenticateHeader(authorization);
        if (credential.isEmpty()) return InsurerCredentialService.unauthorized();
        InsurerCredential c = credential.get();
        String note = body == null ? null : body.get("Note");
        return links.reject(id, c, note) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
