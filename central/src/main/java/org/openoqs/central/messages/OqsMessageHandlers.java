package org.openoqs.central.messages;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openoqs.central.bulk.BulkRequestService;
import org.openoqs.central.confirmation.QualificationConfirmationService;
import org.openoqs.central.medical.MedicalMessageHandler;
import org.openoqs.central.reference.ReferenceNumberService;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.code.CharacterCodeIdentifier;
import org.openoqs.core.code.SegmentOfResult;
import org.openoqs.core.date.OqsDates;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.wire.medical.MedicalInformationRequest;
import org.openoqs.wire.qualification.BulkConfirmationRequest;
import org.openoqs.wire.qualification.BulkRegistrationUnit;
import org.openoqs.wire.qualification.DownloadRequest;
import org.openoqs.wire.qualification.ReceptionHeader;
import org.openoqs.wire.qualification.ReferenceNumberRegistrationInfo;
import org.openoqs.wire.qualification.ReferenceNumberRequest;
import org.openoqs.wire.qualification.ReferenceNumberResult;
import org.openoqs.wire.qualification.SingleConfirmationRequest;
import org.openoqs.wire.xml.OqsMessageCodec;
import org.openoqs.wire.xml.XmlFormatException;
import org.springframework.stereotype.Component;

/** Which handler answers which request file: the message id (file-name prefix) of every supported request. */
@Component
public class OqsMessageHandlers {
    private final OqsMessageCodec codec = new OqsMessageCodec();
    private final Map<String, OqsMessageHandler> handlers;

    public OqsMessageHandlers(QualificationConfirmationService confirmation, BulkRequestService bulk,
                              ReferenceNumberService references, MedicalMessageHandler medical, java.time.Clock clock) {
        this.handlers = Map.of(
                "OQSsiquc01req", (m, inst, enc, id) -> confirmation.confirm(codec.bind(m, SingleConfirmationRequest.class), inst, enc),
                "OQSmuquc01req", (m, inst, enc, id) -> bulk.submitConfirmation(inst, codec.bind(m, BulkConfirmationRequest.class), id, enc),
                "OQSmuquc02req", (m, inst, enc, id) -> bulk.downloadConfirmation(inst, codec.bind(m, DownloadRequest.class), enc),
                "OQSsiimm01req", (m, inst, enc, id) -> registerOne(references, clock, codec.bind(m, ReferenceNumberRequest.class), inst, enc),
                "OQSmuimm01req", (m, inst, enc, id) -> bulk.submitRegistration(inst, codec.bind(m, ReferenceNumberRequest.class), id, enc),
                "OQSmuimm02req", (m, inst, enc, id) -> bulk.downloadRegistration(inst, codec.bind(m, DownloadRequest.class), enc),
                "YZKsiquc01req", (m, inst, enc, id) -> medical.drugInformation(codec.bind(m, MedicalInformationRequest.class), inst, enc),
                "TKKsiquc01req", (m, inst, enc, id) -> medical.healthCheckupInformation(codec.bind(m, MedicalInformationRequest.class), inst, enc));
    }

    public Optional<OqsMessageHandler> find(String messageId) {
        return Optional.ofNullable(handlers.get(messageId));
    }

    public Set<String> messageIds() {
        return handlers.keySet();
    }

    public OqsMessageCodec codec() {
        return codec;
    }

    /** OQSsiimm01req: one registration, answered at once. */
    private static ReferenceNumberResult registerOne(ReferenceNumberService references, java.time.Clock clock,
                                                     ReferenceNumberRequest request, String institutionCode,
                                                     CharacterCodeIdentifier encoding) {
        var infos = request.messageBody() == null ? null : request.messageBody().referenceNumberRegistrationInfo();
        if (infos == null || infos.size() != 1) {
            throw new XmlFormatException("OQSsiimm01req needs exactly one MessageBody/ReferenceNumberRegistrationInfo");
        }
        String fileId = request.messageHeader() == null ? null : request.messageHeader().arbitraryFileIdentifier();
        String now = OqsDates.format(java.time.LocalDateTime.now(clock));
        MedicalInstitutionCode institution;
        try {
            institution = MedicalInstitutionCode.parse(institutionCode);
        } catch (InvalidValueException e) {
            return new ReferenceNumberResult(new ReceptionHeader(now, null, fileId, SegmentOfResult.ABNORMAL.code(), "E9001",
                    e.getMessage(), encoding.code()), null);
        }
        ReferenceNumberRegistrationInfo info = infos.get(0);
        BulkRegistrationUnit unit = references.register(institution, info);
        return new ReferenceNumberResult(new ReceptionHeader(now, institution.value(), fileId, SegmentOfResult.NORMAL.code(),
                null, null, encoding.code()), unit);
    }
}
