package org.openoqs.central.medical;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.code.MedicalTreatmentFlag;
import org.openoqs.core.code.OqsCode;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.core.date.OqsDates;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.qualification.InsuredCard;
import org.openoqs.core.text.CardText;
import org.openoqs.wire.medical.MedicalInformationRequest;
import org.openoqs.wire.medical.MedicalInformationRequestBody;
import org.openoqs.wire.medical.MedicalInformationRequestHeader;

/**
 * Reads a YZKsiquc01req / TKKsiquc01req into a {@link MedicalQuery}; anything it cannot use is an
 * {@link InvalidValueException} naming the request's element.
 *
 * <ul>
 *   <li>Header: InsurerNumber, InsuranceCardSymbol (optional), InsuredPersonIdentificationNumber, BranchNumber
 *       (optional), normalised like the qualification messages' card keys.</li>
 *   <li>StartDate/EndDate (yyyyMMdd, optional): the days asked for; TKK requests normally have none, but one that does
 *       is honoured the same way [I].</li>
 *   <li>FileCategory: YZK 1–4, TKK 1–2 [C] S4; absent means XML. OpenOQS answers XML only, so PDF (YZK 1 and 3, TKK 1)
 *       is answered as XML with a note, and 診療情報 (YZK 3 and 4) is not provided, also with a note — so a receipt
 *       system never waits for a file that will not come.</li>
 *   <li>MedicalTreatmentFlag (OQSCD028), when present, must be a known code; it does not change the answer [I].
 *       PrDiInfClassification is ignored (its meaning is unknown, reference §7).</li>
 * </ul>
 */
final class MedicalRequestReader {
    private static final Set<String> PDF = Set.of("1", "3");
    private static final Set<String> WITH_DIAGNOSIS = Set.of("3", "4");

    private final MedicalResultCodes codes;

    MedicalRequestReader(MedicalResultCodes codes) {
        this.codes = codes;
    }

    MedicalQuery read(MedicalInformationRequest request, ConsentCategory category) {
        MedicalInformationRequestHeader header = request.messageHeader();
        if (header == null) throw new InvalidValueException("MessageHeader", null, "required");
        PersonReference.ByCard who = new PersonReference.ByCard(insurer(header.insurerNumber()), card(header));
        MedicalInformationRequestBody body = request.messageBody();
        if (body == null) return new MedicalQuery(who, RequestedPeriod.ALL, List.of());
        medicalTreatmentFlag(body.medicalTreatmentFlag());
        return new MedicalQuery(who, period(body), notes(body.fileCategory(), category));
    }

    private static InsurerNumber insurer(String raw) {
        return InsurerNumber.parse(raw);
    }

    /** The card keys under the request's own element names, which differ from the qualification messages'. */
    private static InsuredCard card(MedicalInformationRequestHeader h) {
        String symbol = renamed("InsuranceCardSymbol", () -> CardText.symbol(h.insuranceCardSymbol()));
        String number = renamed("InsuredPersonIdentificationNumber", () -> CardText.identificationNumber(h.insuredPersonIdentificationNumber()));
        String branch = renamed("BranchNumber", () -> CardText.branchNumber(h.branchNumber()));
        return new InsuredCard(symbol, number, branch);
    }

    private static String renamed(String field, java.util.function.Supplier<String> read) {
        try {
            return read.get();
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.value(), e.reason());
        }
    }

    private static RequestedPeriod period(MedicalInformationRequestBody body) {
        LocalDate start = OqsDates.parseOptionalDate("StartDate", body.startDate());
        LocalDate end = OqsDates.parseOptionalDate("EndDate", body.endDate());
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidValueException("EndDate", body.endDate(), "is before StartDate");
        }
        return new RequestedPeriod(start, end);
    }

    private static void medicalTreatmentFlag(String raw) {
        if (raw != null && !raw.isBlank()) OqsCode.parse(MedicalTreatmentFlag.class, "MedicalTreatmentFlag", raw.strip());
    }

    private List<String> notes(String raw, ConsentCategory category) {
        if (raw == null || raw.isBlank()) return List.of();
        String fileCategory = raw.strip();
        boolean drugs = category == ConsentCategory.PHARMACISTS_INFO;
        if (!(drugs ? Set.of("1", "2", "3", "4") : Set.of("1", "2")).contains(fileCategory)) {
            throw new InvalidValueException("FileCategory", raw, drugs ? "must be 1, 2, 3 or 4" : "must be 1 or 2");
        }
        List<String> notes = new ArrayList<>();
        if (PDF.contains(fileCategory)) notes.add(codes.note("pdf-as-xml", category));
        if (drugs && WITH_DIAGNOSIS.contains(fileCategory)) notes.add(codes.note("no-diagnosis", category));
        return notes;
    }
}
