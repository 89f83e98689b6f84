package org.openoqs.central.messages;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.openoqs.central.confirmation.CallingInstitution;
import org.openoqs.core.code.CharacterCodeIdentifier;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.WireFormatException;
import org.openoqs.wire.xml.XmlNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * OQS request files over HTTP, as the terminal forwards them: {@code POST /oqs/v1/messages/{messageId}} with the
 * request file as the body (UTF-8 or Shift_JIS as its declaration says), answered with the result file in the requested
 * encoding. The message id is the file-name prefix ({@code OQSsiquc01req}, {@code OQSmuquc01req}, …). A body that
 * cannot be parsed (malformed XML, DOCTYPE, too large, wrong encoding, wrong shape) gets 400 with the reason as text,
 * which the terminal turns into the request's {@code .err}; an unsupported message id gets 404.
 */
@RestController
@Tag(name = "OQS messages", description = "XmlMsg request files: 資格確認, 一括照会, 照会番号登録, 薬剤情報, 特定健診情報")
public class OqsMessageController {
    private final OqsMessageHandlers handlers;
    private final CallingInstitution caller;

    public OqsMessageController(OqsMessageHandlers handlers, CallingInstitution caller) {
        this.handlers = handlers;
        this.caller = caller;
    }

    @Operation(summary = "Answer an OQS request file (OQSsiquc01req, OQSmuquc01req/02req, OQSsiimm01req, OQSmuimm01req/02req, "
            + "YZKsiquc01req, TKKsiquc01req)")
    @PostMapping(path = "/oqs/v1/messages/{messageId}", consumes = {"application/xml", "text/xml", "application/octet-stream"})
    public ResponseEntity<?> handle(@PathVariable String messageId, @RequestBody byte[] body, HttpServletRequest http,
                                    @Parameter(description = "Result encoding: UTF-8 (default) or Shift_JIS")
                                    @RequestParam(name = "encoding", defaultValue = "UTF-8") String encoding,
                                    @RequestHeader(name = "X-OQS-Request-Id", required = false) String requestId) {
        var handler = handlers.find(messageId);
        if (handler.isEmpty()) {
            return text(HttpStatus.NOT_FOUND, "unsupported message type " + messageId + "; supported: " + handlers.messageIds());
        }
        ResultEncoding resultEncoding = "Shift_JIS".equalsIgnoreCase(encoding) ? ResultEncoding.SHIFT_JIS : ResultEncoding.UTF_8;
        CharacterCodeIdentifier identifier = resultEncoding == ResultEncoding.SHIFT_JIS
                ? CharacterCodeIdentifier.SHIFT_JIS : CharacterCodeIdentifier.UTF_8;
        try {
            XmlNode message = handlers.codec().readTree(body);
            String institution = caller.resolve(http, message.pathText("MessageHeader/MedicalInstitutionCode"));
            Object result = handler.get().handle(message, institution, identifier, requestId);
            return ResponseEntity.ok().contentType(new MediaType("application", "xml", resultEncoding.charset()))
                    .body(handlers.codec().writeXml(result, resultEncoding));
        } catch (WireFormatException e) {
            return text(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    private static ResponseEntity<String> text(HttpStatus status, String reason) {
        return ResponseEntity.status(status).contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8)).body(reason);
    }
}
