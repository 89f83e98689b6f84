package org.openoqs.central.card;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openoqs.central.audit.AuditEvent;
import org.openoqs.central.audit.AuditTrail;
import org.openoqs.central.confirmation.QualificationResultMapper;
import org.openoqs.central.confirmation.ResultCodes;
import org.openoqs.central.consent.Consent;
import org.openoqs.central.consent.ConsentService;
import org.openoqs.central.linkage.CardLinkService;
import org.openoqs.central.qualification.QualificationStore;
import org.openoqs.central.reference.ReferenceNumberService;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.audit.AuditAction;
import org.openoqs.core.code.CharacterCodeIdentifier;
import org.openoqs.core.code.OqsCode;
import org.openoqs.core.code.PrescriptionIssueSelect;
import org.openoqs.core.code.QualificationValidity;
import org.openoqs.core.code.ReferenceClassification;
import org.openoqs.core.code.SegmentOfResult;
import org.openoqs.core.code.VerificationMethod;
import org.openoqs.core.consent.CareSetting;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.core.date.OqsDates;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.core.qualification.QualificationRecord;
import org.openoqs.jpki.CardRejectedException;
import org.openoqs.jpki.VerifiedCard;
import org.openoqs.wire.card.CardConfirmationRequest;
import org.openoqs.wire.qualification.ConfirmationResultBody;
import org.openoqs.wire.qualification.ConfirmationResultHeader;
import org.openoqs.wire.qualification.ResultItem;
import org.openoqs.wire.qualification.ResultOfQualificationConfirmation;
import org.openoqs.wire.qualification.SingleConfirmationResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 資格確認 with the My Number card (照会区分 1). Order of checks: the one-time challenge (issued to this institution,
 * unexpired, unused) → the card's certificate (chain to J-LIS, validity, CRL) and its signature over the challenge (not
 * for 目視確認, where staff vouch for the holder) → the link (紐付け) to a person → the qualification on the date →
 * the consents, recorded with ConsTime and AvailableTime. The card is known only by its certificate; the My Number is
 * never involved.
 */
@Service
public class CardConfirmationService {
    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    private final CardChallengeService challenges;
    private final JpkiTrust trust;
    private final CardLinkService links;
    private final QualificationStore store;
    private final ConsentService consents;
    private final ReferenceNumberService references;
    private final ResultCodes codes;
    private final AuditTrail audit;
    private final Clock clock;

    public CardConfirmationService(CardChallengeService challenges, JpkiTrust trust, CardLinkService links,
                                   QualificationStore store, ConsentService consents, ReferenceNumberService references,
                                   ResultCodes codes, AuditTrail audit, Clock clock) {
        this.challenges = challenges;
        this.trust = trust;
        this.links = links;
        this.store = store;
        this.consents = consents;
        this.references = references;
        this.codes = codes;
        this.audit = audit;
        this.clock = clock;
    }

    /** A request that cannot be answered normally: the header's ErrorCode/ErrorMessage. */
    private static final class Refusal extends RuntimeException {
        final String outcome;

        Refusal(String outcome, String detail) {
            super(detail, null, false, false);
            this.outcome = outcome;
        }
    }

    @Transactional
    public SingleConfirmationResult confirm(CardConfirmationRequest request, String institutionCode,
                                            CharacterCodeIdentifier encoding) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        MedicalInstitutionCode institution = null;
        try {
            institution = MedicalInstitutionCode.parse(institutionCode);
            Parsed parsed = parse(request, now);
            VerifiedCard card = authenticate(request, parsed.method(), institution);
            String personKey = links.personFor(card.certificateSerial())
                    .orElseThrow(() -> new Refusal("card-not-linked", null));
            return answer(request, institution, personKey, parsed, encoding, now);
        } catch (InvalidValueException e) {
            return refused(request, institution, encoding, now, new Refusal("malformed-message", e.getMessage()));
        } catch (Refusal r) {
            if (institution != null) {
                audit.append(new AuditEvent(AuditAction.CARD_CONFIRMATION, institution.value(), null, null,
                        codes.get(r.outcome).code(), r.getMessage() == null ? null : truncate(r.getMessage())));
            }
            return refused(request, institution, encoding, now, r);
        }
    }

    private record Parsed(VerificationMethod method, CareSetting setting, Map<ConsentCategory, Boolean> answers,
                          String prescription, LocalDate date) {}

    private static Parsed parse(CardConfirmationRequest r, LocalDateTime now) {
        VerificationMethod method = OqsCode.parse(VerificationMethod.class, "VerificationMethod", r.verificationMethod());
        CareSetting setting = careSetting(r.careSetting());
        Map<ConsentCategory, Boolean> answers = new EnumMap<>(ConsentCategory.class);
        if (r.consents() != null) {
            r.consents().forEach((element, flag) -> {
                ConsentCategory c = ConsentCategory.byConsFlgElement(element).orElseThrow(() ->
                        new InvalidValueException("Consents", element, "unknown consent element"));
                if (!"0".equals(flag) && !"1".equals(flag)) throw new InvalidValueException(element, flag, "must be 0 or 1");
                answers.put(c, "1".equals(flag));
            });
        }
        String prescription = r.prescriptionIssueSelect() == null ? null
                : OqsCode.parse(PrescriptionIssueSelect.class, "PrescriptionIssueSelect", r.prescriptionIssueSelect()).code();
        LocalDate date = OqsDates.parseOptionalDate("QualificationConfirmationDate", r.qualificationConfirmationDate());
        return new Parsed(method, setting, answers, prescription, date == null ? now.toLocalDate() : date);
    }

    private static CareSetting careSetting(String raw) {
        if (raw == null || raw.isBlank()) return CareSetting.OUTPATIENT;
        try {
            return CareSetting.valueOf(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("CareSetting", raw, "expected one of " + List.of(CareSetting.values()));
        }
    }

    private VerifiedCard authenticate(CardConfirmationRequest r, VerificationMethod method, MedicalInstitutionCode institution) {
        byte[] challenge = challenges.consume(r.challengeId(), institution.value())
                .orElseThrow(() -> new Refusal("challenge-invalid", null));
        byte[] certificate = decode("Certificate", r.certificate());
        try {
            if (method == VerificationMethod.VISUAL) {
                if (r.staffId() == null || r.staffId().isBlank()) {
                    throw new InvalidValueException("StaffId", null, "required for 目視確認");
                }
                return trust.verifier().verifyCertificate(certificate);
            }
            return trust.verifier().verify(certificate, challenge, decode("Signature", r.signature()));
        } catch (CardRejectedException e) {
            throw new Refusal(switch (e.reason()) {
                case REVOKED -> "card-revoked";
                case EXPIRED -> "card-expired";
                default -> "card-rejected";
            }, e.getMessage());
        } catch (IllegalStateException e) {
            throw new Refusal("jpki-unavailable", e.getMessage());
        }
    }

    private static byte[] decode(String field, String base64) {
        if (base64 == null || base64.isBlank()) throw new InvalidValueException(field, null, "required");
        try {
            // Certificates pasted from PEM may carry line breaks; the card reader's own are one line.
            return Base64.getDecoder().decode(base64.chars().anyMatch(Character::isWhitespace)
                    ? WHITESPACE.matcher(base64).replaceAll("") : base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, null, "not Base64");
        }
    }

    private SingleConfirmationResult answer(CardConfirmationRequest request, MedicalInstitutionCode institution,
                                            String personKey, Parsed p, CharacterCodeIdentifier encoding,
                                            LocalDateTime now) {
        List<QualificationRecord> all = store.findByPerson(personKey);
        List<QualificationRecord> valid = all.stream().filter(r -> r.isValidOn(p.date())).toList();
        QualificationValidity validity = !valid.isEmpty() ? QualificationValidity.VALID
                : all.isEmpty() ? QualificationValidity.NOT_FOUND : QualificationValidity.INVALID;
        List<QualificationRecord> reported = !valid.isEmpty() ? valid
                : all.stream().max(Comparator.comparing(QualificationRecord::qualificationDate)).stream().toList();
        List<Consent> given = consents.recordCardReading(institution.value(), personKey, p.setting(), p.answers(), now);
        String referenceNumber = references.find(institution, List.of(personKey)).get(personKey);
        boolean limitConsent = Boolean.TRUE.equals(p.answers().get(ConsentCategory.LIMIT_APPLICATION_CERTIFICATE));
        List<ResultItem> results = reported.stream()
                .map(r -> withConsents(QualificationResultMapper.toResult(r, limitConsent, now), p.answers(), given, now)
                        .withReferenceNumber(referenceNumber))
                .map(ResultItem::new).toList();
        auditAnswer(institution, personKey, p, request.staffId(), validity, given);
        ResultCodes.Entry entry = codes.get(validity == QualificationValidity.VALID ? "valid"
                : validity == QualificationValidity.NOT_FOUND ? "not-found" : "invalid");
        ConfirmationResultHeader header = header(request, institution, encoding, now, p.date(), SegmentOfResult.NORMAL, null, null);
        return new SingleConfirmationResult(header, new ConfirmationResultBody(entry.status(), entry.code(), entry.message(),
                validity.code(), null, p.prescription(), results));
    }

    /** One chain segment: the confirmation and each consent it recorded. */
    private void auditAnswer(MedicalInstitutionCode institution, String personKey, Parsed p, String staffId,
                             QualificationValidity validity, List<Consent> given) {
        List<AuditEvent> events = new java.util.ArrayList<>();
        events.add(new AuditEvent(AuditAction.CARD_CONFIRMATION, institution.value(), personKey, p.method().label(),
                validity.code(), p.method() == VerificationMethod.VISUAL ? "目視確認: " + truncate(staffId) : null));
        for (Consent c : given) {
            events.add(new AuditEvent(AuditAction.CONSENT_GIVEN, institution.value(), personKey, c.category().label(),
                    c.careSetting().label(), c.availableTime() == null ? "取り消すまで有効"
                    : "有効期限 " + OqsDates.format(c.availableTime())));
        }
        audit.appendAll(events);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 900 ? s : s.substring(0, 900);
    }

    private static ResultOfQualificationConfirmation withConsents(ResultOfQualificationConfirmation result,
                                                                  Map<ConsentCategory, Boolean> answers,
                                                                  List<Consent> given, LocalDateTime now) {
        ResultOfQualificationConfirmation out = result;
        for (Map.Entry<ConsentCategory, Boolean> a : answers.entrySet()) {
            Optional<Consent> consent = given.stream().filter(c -> c.category() == a.getKey()).findFirst();
            out = consent.isPresent()
                    ? out.withConsent(a.getKey(), "1", OqsDates.format(consent.get().consTime()),
                            a.getKey().viewing() ? OqsDates.format(consent.get().availableTime()) : null)
                    : out.withConsent(a.getKey(), "0", null, null);
        }
        return out;
    }

    private SingleConfirmationResult refused(CardConfirmationRequest request, MedicalInstitutionCode institution,
                                             CharacterCodeIdentifier encoding, LocalDateTime now, Refusal r) {
        ResultCodes.Entry entry = codes.get(r.outcome);
        String message = r.getMessage() == null ? entry.message() : entry.message() + "（" + r.getMessage() + "）";
        return new SingleConfirmationResult(header(request, institution, encoding, now, null, SegmentOfResult.ABNORMAL,
                entry.code(), message), null);
    }

    private static ConfirmationResultHeader header(CardConfirmationRequest request, MedicalInstitutionCode institution,
                                                   CharacterCodeIdentifier encoding, LocalDateTime now, LocalDate date,
                                                   SegmentOfResult segment, String errorCode, String errorMessage) {
        return new ConfirmationResultHeader(OqsDates.format(now), OqsDates.format(date),
                institution == null ? null : institution.value(), request.arbitraryFileIdentifier(),
                ReferenceClassification.MY_NUMBER_CARD.code(), segment.code(), errorCode, errorMessage, encoding.code());
    }
}
