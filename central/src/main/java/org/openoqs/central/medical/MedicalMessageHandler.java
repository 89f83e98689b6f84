package org.openoqs.central.medical;

import java.util.List;
import java.util.function.Function;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.code.CharacterCodeIdentifier;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.core.medical.DrugDispensing;
import org.openoqs.core.medical.HealthCheckupItem;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.wire.medical.DrugInformationResult;
import org.openoqs.wire.medical.HealthCheckupInformationResult;
import org.openoqs.wire.medical.MedicalInformationRequest;
import org.springframework.stereotype.Component;

/**
 * Answers the request files YZKsiquc01req (薬剤情報) and TKKsiquc01req (特定健診情報) that the terminal forwards to
 * {@code POST /oqs/v1/messages/{messageId}}: reads the request, asks {@link MedicalInformationService} for the
 * calling institution — the one the transport established, never the header's MedicalInstitutionCode — and writes
 * the answer, granted or refused, as a result file. A request that cannot be read is answered too, as a refusal with
 * the field named in MessageContents.
 */
@Component
public class MedicalMessageHandler {
    private final MedicalInformationService service;
    private final MedicalRequestReader reader;
    private final DrugInformationResultMapper drugResults = new DrugInformationResultMapper();
    private final HealthCheckupResultMapper checkupResults = new HealthCheckupResultMapper();

    public MedicalMessageHandler(MedicalInformationService service, MedicalResultCodes codes) {
        this.service = service;
        this.reader = new MedicalRequestReader(codes);
    }

    public DrugInformationResult drugInformation(MedicalInformationRequest request, String institutionCode,
                                                 CharacterCodeIdentifier encoding) {
        Answered<DrugDispensing> a = answer(request, institutionCode, encoding, ConsentCategory.PHARMACISTS_INFO,
                q -> service.drugHistory(institutionCode, q.who(), q.period()));
        return drugResults.toResult(a.answer(), a.header());
    }

    public HealthCheckupInformationResult healthCheckupInformation(MedicalInformationRequest request, String institutionCode,
                                                                   CharacterCodeIdentifier encoding) {
        Answered<HealthCheckupItem> a = answer(request, institutionCode, encoding, ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO,
                q -> service.checkupHistory(institutionCode, q.who(), q.period()));
        return checkupResults.toResult(a.answer(), a.header());
    }

    private record Answered<T>(MedicalAnswer<T> answer, ResultHeaderFields header) {}

    private <T> Answered<T> answer(MedicalInformationRequest request, String institutionCode, CharacterCodeIdentifier encoding,
                                   ConsentCategory category, Function<MedicalQuery, MedicalAnswer<T>> ask) {
        String fileId = request.messageHeader() == null ? null : request.messageHeader().arbitraryFileIdentifier();
        MedicalQuery query;
        try {
            query = reader.read(request, category);
        } catch (InvalidValueException e) {
            return new Answered<>(service.invalidRequest(institutionCode, category, e.getMessage()),
                    new ResultHeaderFields(validOrNull(institutionCode), fileId, encoding.code(), List.of()));
        }
        return new Answered<>(ask.apply(query), new ResultHeaderFields(validOrNull(institutionCode), fileId, encoding.code(),
                query.notes()));
    }

    private static String validOrNull(String institutionCode) {
        try {
            return MedicalInstitutionCode.parse(institutionCode).value();
        } catch (InvalidValueException e) {
            return null;
        }
    }
}
