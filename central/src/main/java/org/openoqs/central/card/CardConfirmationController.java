package org.openoqs.central.card;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.openoqs.central.confirmation.CallingInstitution;
import org.openoqs.central.confirmation.JsonRequestBody;
import org.openoqs.core.code.CharacterCodeIdentifier;
import org.openoqs.wire.card.CardChallenge;
import org.openoqs.wire.card.CardConfirmationRequest;
import org.openoqs.wire.xml.OqsMessageCodec;
import org.openoqs.wire.xml.ResultEncoding;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The card reader's two calls to central (照会区分 1): a one-time challenge, then the signed confirmation with the
 * patient's consents, answered with an OQSsiquc01res XmlMsg in the terminal's encoding — the bytes the terminal writes
 * to {@code face}. The institution comes from the terminal certificate under mutual TLS ({@link CallingInstitution}).
 */
@RestController
@Tag(name = "Card confirmation", description = "資格確認（照会区分 1: マイナンバーカード）")
public class CardConfirmationController {
    private final CardChallengeService challenges;
    private final CardConfirmationService confirmations;
    private final CallingInstitution caller;
    private final JsonRequestBody<CardConfirmationRequest> body;
    private final OqsMessageCodec codec = new OqsMessageCodec();

    public CardConfirmationController(CardChallengeService challenges, CardConfirmationService confirmations,
                                      CallingInstitution caller, ObjectMapper mapper) {
        this.challenges = challenges;
        this.confirmations = confirmations;
        this.caller = caller;
        this.body = new JsonRequestBody<>(mapper, CardConfirmationRequest.class);
    }

    @Operation(summary = "Issue a one-time challenge for the card to sign")
    @PostMapping(path = "/api/v1/card-confirmations/challenges", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CardChallenge> challenge(@RequestBody(required = false) Map<String, String> body,
                                                   HttpServletRequest http) {
        String claimed = body == null ? null : body.get("MedicalInstitutionCode");
        String institution = caller.resolve(http, claimed);
        if (institution == null || institution.isBlank()) return ResponseEntity.badRequest().build();
        return ResponseEntity.status(HttpStatus.CREATED).body(challenges.issue(institution));
    }

    /**
     * The body is read and the answer's bytes written straight from and to the servlet streams, not through
     * {@code @RequestBody} and a {@code ResponseEntity}: the per-request work of Spring's message converters around
     * them was about as much as Jackson's own reading (see {@link JsonRequestBody}).
     */
    @Operation(summary = "Confirm a qualification with a signed card challenge and record the consents (OQSsiquc01res)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CardConfirmationRequest.class))),
            responses = @ApiResponse(responseCode = "200", description = "OQSsiquc01res XmlMsg in the requested encoding",
                    content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE)))
    @PostMapping(path = "/api/v1/card-confirmations", consumes = MediaType.APPLICATION_JSON_VALUE)
    public void confirm(HttpServletRequest http, HttpServletResponse response,
                        @Parameter(description = "Result encoding: UTF-8 (default) or Shift_JIS")
                        @RequestParam(name = "encoding", defaultValue = "UTF-8") String encoding) throws IOException {
        CardConfirmationRequest request = body.read(http);
        ResultEncoding resultEncoding = "Shift_JIS".equalsIgnoreCase(encoding) ? ResultEncoding.SHIFT_JIS : ResultEncoding.UTF_8;
        CharacterCodeIdentifier identifier = resultEncoding == ResultEncoding.SHIFT_JIS
                ? CharacterCodeIdentifier.SHIFT_JIS : CharacterCodeIdentifier.UTF_8;
        String institution = caller.resolve(http, request.medicalInstitutionCode());
        byte[] answer = codec.writeXml(confirmations.confirm(request, institution, identifier), resultEncoding);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(new MediaType("application", "xml", resultEncoding.charset()).toString());
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
    }
}
