package org.openoqs.central.confirmation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.openoqs.central.audit.AuditTrail;
import org.openoqs.central.qualification.QualificationStore;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.audit.AuditAction;
import org.openoqs.core.code.CharacterCodeIdentifier;
import org.openoqs.core.code.QualificationValidity;
import org.openoqs.core.code.ReferenceClassification;
import org.openoqs.core.code.SegmentOfResult;
import org.openoqs.core.date.OqsDates;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.core.qualification.ConfirmationOutcome;
import org.openoqs.core.qualification.ConfirmationQuery;
import org.openoqs.core.qualification.InsuredCard;
import org.openoqs.core.qualification.QualificationValidityRule;
import org.openoqs.wire.qualification.ConfirmationRequestHeader;
import org.openoqs.wire.qualification.ConfirmationResultBody;
import org.openoqs.wire.qualification.ConfirmationResultHeader;
import org.openoqs.wire.qualification.QualificationConfirmSearchInfo;
import org.openoqs.wire.qualification.ResultItem;
import org.openoqs.wire.qualification.SingleConfirmationRequest;
import org.openoqs.wire.qualification.SingleConfirmationResult;
import org.springframework.stereotype.Service;

/**
 * 資格確認 by 被保険者証 data (照会区分 2): validates the query, looks the card up (one indexed, cached read), applies
 * {@link QualificationValidityRule} and builds the OQSsiquc01res answer. The calling institution is passed in by the
 * transport layer — it is never taken from the message body. Every query that reaches the card lookup is audited
 * ({@link ConfirmationAuditEvents}) before it is answered; when the audit fails, so does the confirmation.
 */
@Service
public class QualificationConfirmationService {
    private final QualificationStore store;
    private final ResultCodes codes;
    private final Clock clock;
    private final AuditTrail audit;
    private final QualificationValidityRule rule = new QualificationValidityRule();

    public QualificationConfirmationService(QualificationStore store, ResultCodes codes, Clock clock, AuditTrail audit) {
        this.store = store;
        this.codes = codes;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * @param institutionCode the caller's 医療機関コード as the transport established it (see {@link CallingInstitution})
     */
    public SingleConfirmationResult confirm(SingleConfirmationRequest request, String institutionCode,
                                            CharacterCodeIdentifier encoding) {
        LocalDateTime now = LocalDateTime.now(clock);
        ConfirmationRequestHeader header = request.messageHeader();
        MedicalInstitutionCode institution;
        try {
            institution = MedicalInstitutionCode.parse(institutionCode);
        } catch (InvalidValueException e) {
            return malformed(header, null, encoding, now, e.getMessage());
        }
        QualificationConfirmSearchInfo search = request.messageBody() == null ? null : request.messageBody().qualificationConfirmSearchInfo();
        if (search == null) {
            return malformed(header, institution, encoding, now, "MessageBody/QualificationConfirmSearchInfo がありません");
        }
        LocalDate date;
        try {
            date = confirmationDate(header, now);
        } catch (InvalidValueException e) {
            return malformed(header, institution, encoding, now, e.getMessage());
        }
        ConfirmationResultHeader resultHeader = resultHeader(header, institution, encoding, now, date, SegmentOfResult.NORMAL, null);
        PersonConfirmation person = confirmPerson(search, date);
        audit.appendAll(ConfirmationAuditEvents.of(AuditAction.QUALIFICATION_CONFIRMATION, institution.value(), search, date, person));
        return new SingleConfirmationResult(resultHeader, new ConfirmationResultBody(person.status(), person.code(),
                person.message(), person.validityCode(), search, null, person.results(now)));
    }

    /** The per-person part of a confirmation, shared by the single and the bulk (一括照会) paths. */
    public PersonConfirmation confirmPerson(QualificationConfirmSearchInfo search, LocalDate date) {
        try {
            ConfirmationQuery query = toQuery(search, date);
            ConfirmationOutcome outcome = rule.decide(query,
                    store.findByCard(query.insurerNumber(), query.card().identificationNumber(), query.birthdate()),
                    store::existsValidOther);
            ResultCodes.Entry entry = codes.get(outcomeName(outcome.validity()));
            return new PersonConfirmation(entry.status(), entry.code(), entry.message(), outcome.validity(),
                    outcome.results(), query.limitApplicationConsent());
        } catch (InvalidValueException e) {
            ResultCodes.Entry entry = codes.get("invalid-input");
            return new PersonConfirmation(entry.status(), entry.code(), entry.message() + "（" + e.getMessage() + "）",
                    null, List.of(), false);
        }
    }

    private static LocalDate confirmationDate(ConfirmationRequestHeader header, LocalDateTime now) {
        String raw = header == null ? null : header.qualificationConfirmationDate();
        LocalDate date = OqsDates.parseOptionalDate("QualificationConfirmationDate", raw);
        return date == null ? now.toLocalDate() : date;
    }

    static ConfirmationQuery toQuery(QualificationConfirmSearchInfo s, LocalDate date) {
        String consent = s.limitApplicationCertificateRelatedConsFlg();
        if (consent != null && !consent.isBlank() && !consent.strip().matches("[01]")) {
            throw new InvalidValueException("LimitApplicationCertificateRelatedConsFlg", consent, "must be 0 or 1");
        }
        return new ConfirmationQuery(InsurerNumber.parse(s.insurerNumber()),
                InsuredCard.of(s.insuredCardSymbol(), s.insuredIdentificationNumber(), s.insuredBranchNumber()),
                OqsDates.parseDate("Birthdate", s.birthdate()), date, consent != null && "1".equals(consent.strip()));
    }

    private SingleConfirmationResult malformed(ConfirmationRequestHeader header, MedicalInstitutionCode institution,
                                               CharacterCodeIdentifier encoding, LocalDateTime now, String detail) {
        ResultCodes.Entry entry = codes.get("malformed-message");
        ConfirmationResultHeader h = resultHeader(header, institution, encoding, now, null, SegmentOfResult.ABNORMAL,
                new ResultCodes.Entry(entry.status(), entry.code(), entry.message() + "（" + detail + "）"));
        return new SingleConfirmationResult(h, null);
    }

    private static ConfirmationResultHeader resultHeader(ConfirmationRequestHeader request, MedicalInstitutionCode institution,
                                                         CharacterCodeIdentifier encoding, LocalDateTime now, LocalDate date,
                                                         SegmentOfResult segment, ResultCodes.Entry error) {
        return new ConfirmationResultHeader(OqsDates.format(now), OqsDates.format(date), institution == null ? null : institution.value(),
                request == null ? null : request.arbitraryFileIdentifier(), ReferenceClassification.INSURANCE_CARD.code(),
                segment.code(), error == null ? null : error.code(), error == null ? null : error.message(), encoding.code());
    }

    private static String outcomeName(QualificationValidity v) {
        return switch (v) {
            case VALID, VALID_UNREGISTERED -> "valid";
            case INVALID -> "invalid";
            case INVALID_NEWER_EXISTS -> "invalid-newer-exists";
            case NOT_FOUND -> "not-found";
            case MULTIPLE -> "multiple";
        };
    }
}
