package org.openoqs.central.card;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.openoqs.central.confirmation.CallingInstitution;
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
    private final OqsMessageCodec codec = new OqsMessageCodec();

    public CardConfirmationController(CardChallengeService challenges, CardConfirmationService confirmations,
                                      CallingInstitution caller) {
        this.challenges = challenges;
        this.confirmations = confirmations;
        this.caller = caller;
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

    @Operation(summary = "Confirm a qualification with a signed card challenge and record the consents (OQSsiquc01res)")
    @PostMapping(path = "/api/v1/card-confirmations", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> confirm(@RequestBody CardConfirmationRequest request, HttpServletRequest http,
                                          @Parameter(description = "Result encoding: UTF-8 (default) or Shift_JIS")
                                          @RequestParam(name = "encoding", defaultValue = "UTF-8") String encoding) {
        ResultEncoding resultEncoding = "Shift_JIS".equalsIgnoreCase(encoding) ? ResultEncoding.SHIFT_JIS : ResultEncoding.UTF_8;
        CharacterCodeIdentifier identifier = resultEncoding == ResultEncoding.SHIFT_JIS
                ? CharacterCodeIdentifier.SHIFT_JIS : CharacterCodeIdentifier.UTF_8;
        String institution = caller.resolve(http, request.medicalInstitutionCode());
        var result = confirmations.confirm(request, institution, identifier);
        return ResponseEntity.ok().contentType(new MediaType("application", "xml", resultEncoding.charset()))
                .body(codec.writeXml(result, resultEncoding));
    }
}
