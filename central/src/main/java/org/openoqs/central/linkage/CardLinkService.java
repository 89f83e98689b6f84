package org.openoqs.central.linkage;

import java.io.Reader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.openoqs.central.audit.AuditEvent;
import org.openoqs.central.audit.AuditTrail;
import org.openoqs.central.card.JpkiTrust;
import org.openoqs.central.intake.InsurerCredential;
import org.openoqs.central.qualification.QualificationStore;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.audit.AuditAction;
import org.openoqs.core.identity.BasicFourFacts;
import org.openoqs.core.identity.BasicFourFactsMatcher;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.qualification.QualificationRecord;
import org.openoqs.jpki.CardRejectedException;
import org.openoqs.jpki.VerifiedCard;
import org.openoqs.wire.intake.IntakeError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 紐付け: insurers register which card certificate belongs to which PersonKey. A link is made only when the card's
 * 基本4情報 (read from the J-LIS-signed certificate, after chain and revocation checks) match the insurer's latest record
 * of that person ({@link BasicFourFactsMatcher}). Any difference — or a card already linked to someone else — is held
 * for review and reported, never linked silently: the lesson of the 2023 mis-linkages (reference oqs-rules §5.4 [C]).
 * There is no override: the insurer corrects its record through intake and asks for a re-check, or rejects the request.
 */
@Service
public class CardLinkService {
    private final CardLinkStore links;
    private final QualificationStore qualifications;
    private final JpkiTrust trust;
    private final AuditTrail audit;
    private final Clock clock;
    private final BasicFourFactsMatcher matcher = new BasicFourFactsMatcher();

    public CardLinkService(CardLinkStore links, QualificationStore qualifications, JpkiTrust trust, AuditTrail audit,
                           Clock clock) {
        this.audit = audit;
        this.links = links;
        this.qualifications = qualifications;
        this.trust = trust;
        this.clock = clock;
    }

    /** The person a card certificate is linked to. */
    public Optional<String> personFor(String certificateSerial) {
        return links.personFor(certificateSerial);
    }

    /** Processes a card-link file: all lines or, when any line is malformed, none. */
    @Transactional
    public CardLinkReport register(Reader csv, InsurerCredential credential) {
        CardLinkCsvReader.Result read = new CardLinkCsvReader().read(csv);
        List<IntakeError> errors = new ArrayList<>(read.errors());
        List<Parsed> parsed = new ArrayList<>();
        for (CardLinkRow row : read.rows()) parse(row, credential, errors).ifPresent(parsed::add);
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingLong(IntakeError::line));
            return CardLinkReport.rejected(errors);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<CardLinkOutcome> outcomes = new ArrayList<>();
        for (Parsed p : parsed) outcomes.add(process(p, credential.id(), now));
        return CardLinkReport.of(outcomes);
    }

    /** Requests held for review that this credential may see. */
    public List<CardLinkStore.Request> held(InsurerCredential credential) {
        return links.held().stream().filter(r -> mayAct(credential, r)).toList();
    }

    /** Runs the match again (after the insurer corrected its record); links when it now agrees. */
    @Transactional
    public Optional<CardLinkOutcome> recheck(long requestId, InsurerCredential credential) {
        Optional<CardLinkStore.Request> found = links.request(requestId)
                .filter(r -> CardLinkOutcome.HELD.equals(r.status()) && mayAct(credential, r));
        if (found.isEmpty()) return Optional.empty();
        CardLinkStore.Request r = found.get();
        Parsed p = new Parsed(0, InsurerNumber.parse(r.insurerNumber()), r.personKey(), r.certificate(),
                Base64.getDecoder().decode(r.certificate()));
        LocalDateTime now = LocalDateTime.now(clock);
        Decision d = decide(p);
        String status = d.status();
        if (!status.equals(CardLinkOutcome.HELD)) {
            links.decide(requestId, status, join(d.mismatches()), "re-checked", now);
            if (status.equals(CardLinkOutcome.LINKED)) {
                link(d.card(), r.insurerNumber(), r.personKey(), requestId, now);
            }
        }
        return Optional.of(new CardLinkOutcome(0, requestId, r.insurerNumber(), r.personKey(), status, d.mismatches(),
                d.message()));
    }

    /** The insurer decides a held request is wrong; it stays on record as REJECTED. */
    @Transactional
    public boolean reject(long requestId, InsurerCredential credential, String note) {
        return links.request(requestId).filter(r -> mayAct(credential, r))
                .map(r -> links.decide(requestId, CardLinkOutcome.REJECTED, r.mismatches(), note, LocalDateTime.now(clock)))
                .orElse(false);
    }

    private record Parsed(long line, InsurerNumber insurer, String personKey, String certificateBase64, byte[] der) {}

    private record Decision(String status, VerifiedCard card, List<String> mismatches, String message) {}

    private static Optional<Parsed> parse(CardLinkRow row, InsurerCredential credential, List<IntakeError> errors) {
        InsurerNumber insurer;
        try {
            insurer = InsurerNumber.parse(row.insurerNumber());
        } catch (InvalidValueException e) {
            errors.add(new IntakeError(row.line(), CardLinkCsvReader.INSURER_NUMBER, row.insurerNumber(), e.getMessage()));
            return Optional.empty();
        }
        if (!credential.mayFileFor(insurer)) {
            errors.add(new IntakeError(row.line(), CardLinkCsvReader.INSURER_NUMBER, row.insurerNumber(),
                    "this credential may not register links for this insurer"));
            return Optional.empty();
        }
        try {
            byte[] der = Base64.getDecoder().decode(row.certificate().replaceAll("\\s", ""));
            return Optional.of(new Parsed(row.line(), insurer, row.personKey(), Base64.getEncoder().encodeToString(der), der));
        } catch (IllegalArgumentException e) {
            errors.add(new IntakeError(row.line(), CardLinkCsvReader.CERTIFICATE, null, "not Base64: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private CardLinkOutcome process(Parsed p, long credentialId, LocalDateTime now) {
        Decision d = decide(p);
        String serial = d.card() == null ? "?" : d.card().certificateSerial();
        long id = links.addRequest(credentialId, p.insurer().value(), p.personKey(), serial, p.certificateBase64(),
                d.status(), join(d.mismatches()), now);
        if (d.status().equals(CardLinkOutcome.LINKED)) {
            link(d.card(), p.insurer().value(), p.personKey(), id, now);
        }
        return new CardLinkOutcome(p.line(), id, p.insurer().value(), p.personKey(), d.status(), d.mismatches(), d.message());
    }

    /** Stores the link and puts it on the patient-visible audit trail. */
    private void link(VerifiedCard card, String insurerNumber, String personKey, long requestId, LocalDateTime now) {
        links.link(card.certificateSerial(), sha256(card), insurerNumber, personKey, requestId, now);
        audit.append(new AuditEvent(AuditAction.CARD_LINK, null, personKey, "保険者番号 " + insurerNumber,
                CardLinkOutcome.LINKED, "証明書シリアル " + card.certificateSerial()));
    }

    private Decision decide(Parsed p) {
        VerifiedCard card;
        try {
            card = trust.verifier().verifyCertificate(p.der());
        } catch (CardRejectedException e) {
            return new Decision(CardLinkOutcome.REFUSED, null, List.of("Certificate"),
                    "証明書を確認できません（" + e.reason() + "）: " + e.getMessage());
        }
        Optional<QualificationRecord> record = qualifications.findByPerson(p.personKey()).stream()
                .filter(r -> r.insurerNumber().equals(p.insurer()))
                .max(Comparator.comparing(QualificationRecord::qualificationDate));
        if (record.isEmpty()) {
            return new Decision(CardLinkOutcome.REFUSED, card, List.of("PersonKey"),
                    "この保険者にこの PersonKey の資格情報がありません");
        }
        Optional<String> linkedTo = links.personFor(card.certificateSerial());
        if (linkedTo.isPresent()) {
            return linkedTo.get().equals(p.personKey())
                    ? new Decision(CardLinkOutcome.UNCHANGED, card, List.of(), "紐付け済みです")
                    : new Decision(CardLinkOutcome.HELD, card, List.of("PersonKey"),
                            "このカードは別の PersonKey に紐付けられています。確認してください");
        }
        List<String> mismatches = matcher.mismatches(card.facts(), facts(record.get()));
        return mismatches.isEmpty()
                ? new Decision(CardLinkOutcome.LINKED, card, List.of(), "紐付けました")
                : new Decision(CardLinkOutcome.HELD, card, mismatches,
                        "カードの基本4情報が保険者の登録内容と一致しません: " + String.join(", ", mismatches));
    }

    private static BasicFourFacts facts(QualificationRecord r) {
        return new BasicFourFacts(r.name(), r.birthdate(), r.sex1(), r.address() == null ? "" : r.address());
    }

    private static boolean mayAct(InsurerCredential credential, CardLinkStore.Request r) {
        try {
            return credential.mayFileFor(InsurerNumber.parse(r.insurerNumber()));
        } catch (InvalidValueException e) {
            return false;
        }
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static String sha256(VerifiedCard card) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(card.certificate().getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
