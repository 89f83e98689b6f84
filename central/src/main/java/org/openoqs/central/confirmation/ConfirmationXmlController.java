package org.openoqs.central.confirmation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.openoqs.core.code.CharacterCodeIdentifier;
import org.openoqs.wire.qualification.SingleConfirmationRequest;
import org.openoqs.wire.xml.OqsMessageCodec;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.WireFormatException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 資格確認 as the OQS {@code XmlMsg} over HTTP, as the terminal forwards request files: the body is an
 * OQSsiquc01req file (UTF-8 or Shift_JIS as its declaration says), the answer an OQSsiquc01res file in the requested
 * encoding. A body that cannot be parsed (malformed XML, DOCTYPE, too large, wrong encoding) gets 400 with the reason
 * as text, which the terminal turns into the request's {@code .err} file.
 */
@RestController
@Tag(name = "Qualification confirmation")
public class ConfirmationXmlController {
    private static final MediaType XML_UTF8 = new MediaType("application", "xml", StandardCharsets.UTF_8);
    private final QualificationConfirmationService service;
    private final CallingInstitution caller;
    private final OqsMessageCodec codec = new OqsMessageCodec();

    public ConfirmationXmlController(QualificationConfirmationService service, CallingInstitution caller) {
        this.service = service;
        this.caller = caller;
    }

    @Operation(summary = "Confirm a qualification with an OQSsiquc01req XmlMsg file; answers OQSsiquc01res")
    @PostMapping(path = "/oqs/v1/messages/OQSsiquc01req", consumes = {"application/xml", "text/xml", "application/octet-stream"})
    public ResponseEntity<?> confirm(@RequestBody byte[] body, HttpServletRequest http,
                                     @Parameter(description = "Result encoding: UTF-8 (default) or Shift_JIS")
                                     @RequestParam(name = "encoding", defaultValue = "UTF-8") String encoding) {
        ResultEncoding resultEncoding = "Shift_JIS".equalsIgnoreCase(encoding) ? ResultEncoding.SHIFT_JIS : ResultEncoding.UTF_8;
        SingleConfirmationRequest request;
        try {
            request = codec.readXml(body, SingleConfirmationRequest.class);
        } catch (WireFormatException e) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
        }
        String claimed = request.messageHeader() == null ? null : request.messageHeader().medicalInstitutionCode();
        CharacterCodeIdentifier identifier = resultEncoding == ResultEncoding.SHIFT_JIS
                ? CharacterCodeIdentifier.SHIFT_JIS : CharacterCodeIdentifier.UTF_8;
        var result = service.confirm(request, caller.resolve(http, claimed), identifier);
        MediaType type = new MediaType("application", "xml", resultEncoding.charset());
        return ResponseEntity.ok().contentType(resultEncoding == ResultEncoding.UTF_8 ? XML_UTF8 : type)
                .body(codec.writeXml(result, resultEncoding));
    }
}
