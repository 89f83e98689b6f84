package org.openoqs.central.confirmation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.openoqs.core.code.CharacterCodeIdentifier;
import org.openoqs.wire.qualification.SingleConfirmationRequest;
import org.openoqs.wire.qualification.SingleConfirmationResult;
import org.openoqs.wire.qualification.XmlMsgDocument;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 資格確認 as JSON REST: the body is the OQSsiquc01req message under {@code XmlMsg}, the answer the OQSsiquc01res
 * message, with the OQS element names as JSON keys (the shape of the closed-network web API, reference §6).
 */
@RestController
@Tag(name = "Qualification confirmation", description = "資格確認（照会区分 2: 被保険者証情報）")
public class ConfirmationJsonController {
    private final QualificationConfirmationService service;
    private final CallingInstitution caller;

    public ConfirmationJsonController(QualificationConfirmationService service, CallingInstitution caller) {
        this.service = service;
        this.caller = caller;
    }

    @Operation(summary = "Confirm a qualification by insurance-card data (OQSsiquc01)")
    @PostMapping(path = "/api/v1/qualification-confirmations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public XmlMsgDocument<SingleConfirmationResult> confirm(@RequestBody XmlMsgDocument<SingleConfirmationRequest> request,
                                                            HttpServletRequest http) {
        SingleConfirmationRequest message = request.xmlMsg() == null ? new SingleConfirmationRequest(null, null) : request.xmlMsg();
        String claimed = message.messageHeader() == null ? null : message.messageHeader().medicalInstitutionCode();
        return new XmlMsgDocument<>(service.confirm(message, caller.resolve(http, claimed), CharacterCodeIdentifier.UTF_8));
    }
}
