package org.openoqs.central.medical;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.openoqs.central.intake.InsurerCredential;
import org.openoqs.central.intake.InsurerCredentialService;
import org.openoqs.central.intake.IntakeReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Medical-information intake over HTTP, beside the qualification intake: {@code POST /api/v1/insurer/drug-dispensings}
 * and {@code POST /api/v1/insurer/health-checkups}, the CSV as the body, {@code Authorization: Bearer <token>} of a
 * credential with scope {@code *} (the intermediary; see {@link MedicalIntakeService}). 200 with the report when
 * stored, 422 with the same report when rejected, 401 without a valid credential, 403 for a narrower one.
 */
@RestController
@RequestMapping("/api/v1/insurer")
@Tag(name = "Medical information intake", description = "薬剤情報・特定健診情報の登録（中間サーバー）")
public class MedicalIntakeController {
    private final MedicalIntakeService intake;
    private final InsurerCredentialService credentials;

    public MedicalIntakeController(MedicalIntakeService intake, InsurerCredentialService credentials) {
        this.intake = intake;
        this.credentials = credentials;
    }

    /** The intake of one file kind, as the two endpoints differ only in it. */
    @FunctionalInterface
    private interface Intake {
        IntakeReport run(Reader csv, String fileName, InsurerCredential credential);
    }

    @Operation(summary = "Register 薬剤情報 lines from drug-dispensings.csv (all-or-nothing; credential scope *)")
    @PostMapping(path = "/drug-dispensings", consumes = {"text/csv", "application/octet-stream", "text/plain"})
    public ResponseEntity<?> drugDispensings(HttpServletRequest request,
                                             @RequestHeader(name = "Authorization", required = false) String authorization,
                                             @RequestHeader(name = "X-OQS-File-Name", required = false) String fileName) throws IOException {
        return handle(request, authorization, fileName, MedicalIntakeKind.DRUG_DISPENSINGS,
                (csv, name, credential) -> intake.intakeDrugDispensings(csv, name, credential, n -> { }));
    }

    @Operation(summary = "Register 特定健診 items from health-checkups.csv (all-or-nothing; credential scope *)")
    @PostMapping(path = "/health-checkups", consumes = {"text/csv", "application/octet-stream", "text/plain"})
    public ResponseEntity<?> healthCheckups(HttpServletRequest request,
                                            @RequestHeader(name = "Authorization", required = false) String authorization,
                                            @RequestHeader(name = "X-OQS-File-Name", required = false) String fileName) throws IOException {
        return handle(request, authorization, fileName, MedicalIntakeKind.HEALTH_CHECKUPS,
                (csv, name, credential) -> intake.intakeHealthCheckups(csv, name, credential, n -> { }));
    }

    private ResponseEntity<?> handle(HttpServletRequest request, String authorization, String fileName,
                                     MedicalIntakeKind kind, Intake run) throws IOException {
        var credential = credentials.authenticate(bearer(authorization));
        if (credential.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "a valid insurer credential is required: Authorization: Bearer <token>");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer").body(problem);
        }
        try (Reader body = strictUtf8(request)) {
            IntakeReport report = run.run(body, fileName == null ? kind.fileName() : fileName, credential.get());
            return ResponseEntity.status(report.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(report);
        } catch (MedicalIntakeNotPermittedException e) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage()));
        }
    }

    /** Bytes that are not UTF-8 must be reported, not silently replaced. */
    private static Reader strictUtf8(HttpServletRequest request) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(request.getInputStream(), decoder);
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
        return authorization.substring(7);
    }
}
