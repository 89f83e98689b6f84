package org.openoqs.central.confirmation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.openoqs.core.code.CharacterCodeIdentifier;
import org.openoqs.wire.qualification.SingleConfirmationRequest;
import org.openoqs.wire.qualification.SingleConfirmationResult;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 資格確認 as JSON REST: the body is the OQSsiquc01req message under {@code XmlMsg}, the answer the OQSsiquc01res
 * message, with the OQS element names as JSON keys (the shape of the closed-network web API, reference §6). The body
 * is read and the answer written by a {@link JsonExchange} (the hot path: see there why not {@code @RequestBody}).
 */
@RestController
@Tag(name = "Qualification confirmation", description = "資格確認（照会区分 2: 被保険者証情報）")
public class ConfirmationJsonController {
    /** The request: OQSsiquc01req under {@code XmlMsg}. */
    @Schema(name = "QualificationConfirmationRequestDocument")
    public record RequestDocument(@JsonProperty("XmlMsg") SingleConfirmationRequest xmlMsg) {}

    /** The answer: OQSsiquc01res under {@code XmlMsg}. */
    @Schema(name = "QualificationConfirmationResultDocument")
    public record ResultDocument(@JsonProperty("XmlMsg") SingleConfirmationResult xmlMsg) {}

    private final QualificationConfirmationService service;
    private final CallingInstitution caller;
    private final JsonExchange<RequestDocument, ResultDocument> json;

    public ConfirmationJsonController(QualificationConfirmationService service, CallingInstitution caller,
                                      ObjectMapper mapper) {
        this.service = service;
        this.caller = caller;
        this.json = new JsonExchange<>(mapper, RequestDocument.class, ResultDocument.class);
    }

    @Operation(summary = "Confirm a qualification by insurance-card data (OQSsiquc01)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RequestDocument.class))),
            responses = @ApiResponse(responseCode = "200", content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ResultDocument.class))))
    @PostMapping(path = "/api/v1/qualification-confirmations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public void confirm(HttpServletRequest http, HttpServletResponse response) throws IOException {
        RequestDocument request = json.read(http);
        SingleConfirmationRequest message = request.xmlMsg() == null ? new SingleConfirmationRequest(null, null) : request.xmlMsg();
        String claimed = message.messageHeader() == null ? null : message.messageHeader().medicalInstitutionCode();
        SingleConfirmationResult result = service.confirm(message, caller.resolve(http, claimed), CharacterCodeIdentifier.UTF_8);
        json.write(response, new ResultDocument(result));
    }
}
