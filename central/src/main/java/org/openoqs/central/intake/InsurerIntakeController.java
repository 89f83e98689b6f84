package org.openoqs.central.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Insurer intake over HTTP: {@code POST /api/v1/insurer/qualifications} with the CSV as the body and
 * {@code Authorization: Bearer <token>}. 200 with the report when stored, 422 with the same report when rejected.
 */
@RestController
@RequestMapping("/api/v1/insurer")
@Tag(name = "Insurer intake", description = "保険者による資格情報の登録")
public class InsurerIntakeController {
    private final IntakeService intake;
    private final InsurerCredentialService credentials;

    public InsurerIntakeController(IntakeService intake, InsurerCredentialService credentials) {
        this.intake = intake;
        this.credentials = credentials;
    }

    @Operation(summary = "Register or update qualification records from a CSV file (all-or-nothing)")
    @PostMapping(path = "/qualifications", consumes = {"text/csv", "application/octet-stream", "text/plain"})
    public ResponseEntity<?> register(HttpServletRequest request,
                                      @RequestHeader(name = "Authorization", required = false) String authorization,
                                      @RequestHeader(name = "X-OQS-File-Name", required = false) String fileName) throws IOException {
        var credential = credentials.authenticateHeader(authorization);
        if (credential.isEmpty()) return InsurerCredentialService.unauthorized();
        try (Reader body = strictUtf8(request)) {
            IntakeReport report = intake.intake(body, fileName == null ? "upload.csv" : fileName, credential.get(), n -> { });
            return ResponseEntity.status(report.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(report);
        }
    }

    /** Bytes that are not UTF-8 must be reported, not silently replaced. */
    public static Reader strictUtf8(HttpServletRequest request) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(request.getInputStream(), decoder);
    }
}
