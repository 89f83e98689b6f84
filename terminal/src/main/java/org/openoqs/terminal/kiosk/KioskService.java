package org.openoqs.terminal.kiosk;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openoqs.core.code.PrescriptionIssueSelect;
import org.openoqs.core.code.VerificationMethod;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.core.date.OqsDates;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.jpki.CardWallet;
import org.openoqs.jpki.FaceMatch;
import org.openoqs.jpki.FaceMatcher;
import org.openoqs.jpki.PinLockedException;
import org.openoqs.jpki.VirtualCard;
import org.openoqs.jpki.WrongPinException;
import org.openoqs.terminal.card.CardCentralClient;
import org.openoqs.terminal.card.CentralRefusalException;
import org.openoqs.terminal.card.Challenge;
import org.openoqs.terminal.face.ArbitraryFileIdentifiers;
import org.openoqs.terminal.face.FaceFileWriter;
import org.openoqs.terminal.face.FaceResult;
import org.openoqs.terminal.face.FaceResultReader;
import org.openoqs.terminal.face.RecentFaceResults;
import org.openoqs.wire.card.CardConfirmationRequest;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.WireFormatException;

/**
 * Carries out what the patient does at the card reader: reads the card from the wallet (the cards "on the reader"),
 * asks central for challenges, lets the card sign after a face match or the PIN, sends the confirmation, writes the
 * face file and remembers the result for staff. Every outcome is reported to the patient's {@link KioskFlow}.
 *
 * <p>The PIN goes straight to the card and is not kept anywhere; the card's signature stays in the flow (the browser
 * session) until it is sent.
 */
public final class KioskService {

    /** Settings of the service that come from the terminal's configuration. */
    public record Options(MedicalInstitutionCode institution, ResultEncoding resultEncoding, Duration idleTimeout,
                          Duration challengeMargin) {
        public Options {
            Objects.requireNonNull(institution, "institution");
            Objects.requireNonNull(resultEncoding, "resultEncoding");
            Objects.requireNonNull(idleTimeout, "idleTimeout");
            Objects.requireNonNull(challengeMargin, "challengeMargin");
        }
    }

    private static final System.Logger LOG = System.getLogger(KioskService.class.getName());
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final CardWallet wallet;
    private final FaceMatcher faceMatcher;
    private final CardCentralClient central;
    private final FaceFileWriter faceFiles;
    private final FaceResultReader resultReader;
    private final RecentFaceResults recent;
    private final KioskSettingsStore settings;
    private final Options options;
    private final Clock clock;

    public KioskService(CardWallet wallet, FaceMatcher faceMatcher, CardCentralClient central, FaceFileWriter faceFiles,
            FaceResultReader resultReader, RecentFaceResults recent, KioskSettingsStore settings, Options options,
            Clock clock) {
        this.wallet = wallet;
        this.faceMatcher = faceMatcher;
        this.central = central;
        this.faceFiles = faceFiles;
        this.resultReader = resultReader;
        this.recent = recent;
        this.settings = settings;
        this.options = options;
        this.clock = clock;
    }

    /** A new patient: the settings as they are now, the idle timeout from the configuration. */
    public KioskFlow newFlow() {
        return new KioskFlow(settings.current(), options.idleTimeout(), clock.instant());
    }

    /** After this long without a step the screen returns to the start. */
    public Duration idleTimeout() {
        return options.idleTimeout();
    }

    /** The cards lying at the reader (the wallet). */
    public List<VirtualCard> cards() {
        return wallet.list();
    }

    public Optional<CardFace> cardFace(KioskFlow flow) {
        return flow.cardId() == null ? Optional.empty() : wallet.find(flow.cardId()).map(CardFace::of);
    }

    /** The patient placed a card: central is asked for a challenge. */
    public void placeCard(KioskFlow flow, String cardId) {
        Optional<VirtualCard> card = wallet.find(cardId);
        if (card.isEmpty()) {
            throw new IllegalArgumentException("no card " + cardId + " at the reader");
        }
        fetchChallenge(flow).ifPresent(challenge -> flow.cardPlaced(cardId, card.get().pinLocked(),
                card.get().remainingPinTries(), challenge, clock.instant()));
    }

    public void chooseFace(KioskFlow flow) {
        flow.faceChosen(clock.instant());
    }

    public void choosePin(KioskFlow flow) {
        flow.pinChosen(clock.instant());
    }

    /** The camera took a shot: the card signs when the face matches; otherwise the PIN is next. */
    public void captureFace(KioskFlow flow, SimulatedCamera shot) {
        if (flow.step() != KioskFlow.Step.FACE) {
            throw new IllegalStateException("the camera is not on");
        }
        VirtualCard card = placedCard(flow);
        FaceMatch match = faceMatcher.match(card, shot.capture(card));
        LOG.log(System.Logger.Level.INFO, "face match for card {0}: score {1} against {2}", card.cardId(),
                String.format("%.2f", match.score()), match.threshold());
        if (!match.passed()) {
            flow.faceNotMatched(clock.instant());
            return;
        }
        if (!renewChallengeIfNeeded(flow)) {
            return;
        }
        byte[] signature = wallet.signAfterFaceMatch(card.cardId(), flow.challenge().bytes(), match);
        flow.faceMatched(signature, clock.instant());
        sendIfReady(flow);
    }

    /**
     * The patient entered a PIN. Anything but four digits is refused before it reaches the card, so a typing slip does
     * not cost a try.
     *
     * @return false when the PIN was not four digits (nothing happened)
     */
    public boolean enterPin(KioskFlow flow, String pin) {
        if (flow.step() != KioskFlow.Step.PIN) {
            throw new IllegalStateException("the PIN pad is not shown");
        }
        if (pin == null || !pin.matches("[0-9]{4}")) {
            return false;
        }
        if (!renewChallengeIfNeeded(flow)) {
            return true;
        }
        try {
            byte[] signature = wallet.signWithPin(flow.cardId(), flow.challenge().bytes(), pin);
            flow.pinAccepted(signature, clock.instant());
            sendIfReady(flow);
        } catch (WrongPinException wrong) {
            if (wrong.remainingTries() == 0) {
                flow.pinLockedOut(clock.instant());
            } else {
                flow.pinRejected(wrong.remainingTries(), clock.instant());
            }
        } catch (PinLockedException locked) {
            flow.pinLockedOut(clock.instant());
        }
        return true;
    }

    public void callStaff(KioskFlow flow) {
        flow.staffCalled(clock.instant());
    }

    /** A signed-in 管理アカウント confirmed the holder by looking at the card face. */
    public void confirmVisually(KioskFlow flow, String staffId) {
        if (flow.step() != KioskFlow.Step.VISUAL_CHECK) {
            throw new IllegalStateException("no 目視確認 is pending");
        }
        if (!renewChallengeIfNeeded(flow)) {
            return;
        }
        flow.visuallyConfirmed(staffId, clock.instant());
        sendIfReady(flow);
    }

    /** Staff could not confirm that the patient holds the card: the visit cannot use the card. */
    public void declineVisually(KioskFlow flow, String staffId) {
        if (flow.step() != KioskFlow.Step.VISUAL_CHECK) {
            throw new IllegalStateException("no 目視確認 is pending");
        }
        LOG.log(System.Logger.Level.INFO, "目視確認 of card {0} declined by {1}", flow.cardId(), staffId);
        flow.failed("職員による目視確認で本人確認ができませんでした。", clock.instant());
    }

    public void answerConsent(KioskFlow flow, ConsentCategory category, boolean agreed) {
        flow.consentAnswered(category, agreed, clock.instant());
        sendIfReady(flow);
    }

    public void choosePrescription(KioskFlow flow, PrescriptionIssueSelect select) {
        flow.prescriptionChosen(select, clock.instant());
        sendIfReady(flow);
    }

    /** Sends once the patient has answered everything; an expired challenge sends the patient back to the card. */
    private void sendIfReady(KioskFlow flow) {
        if (flow.step() != KioskFlow.Step.READY) {
            return;
        }
        if (!flow.challenge().usableAt(clock.instant(), options.challengeMargin())) {
            flow.challengeExpired(clock.instant());
            return;
        }
        CardConfirmationRequest request = request(flow, placedCard(flow));
        try {
            byte[] answer = central.confirm(request, options.resultEncoding());
            FaceFileWriter.Written written = faceFiles.write(answer);
            FaceResult result = resultReader.read(written.name(), flow.verificationMethod(), written.root());
            recent.add(result);
            if (!request.arbitraryFileIdentifier().equals(result.header().arbitraryFileIdentifier())) {
                LOG.log(System.Logger.Level.WARNING, "central echoed ArbitraryFileIdentifier {0}, sent {1}",
                        result.header().arbitraryFileIdentifier(), request.arbitraryFileIdentifier());
            }
            LOG.log(System.Logger.Level.INFO, "card confirmation {0} by {1}: SegmentOfResult {2}, face file {3}",
                    request.arbitraryFileIdentifier(), flow.verificationMethod(), result.header().segmentOfResult(),
                    written.name());
            if (result.refused()) {
                flow.refused(result.id(), refusalText(result), clock.instant());
            } else {
                flow.completed(result.id(), clock.instant());
            }
        } catch (IOException e) {
            fail(flow, "オンライン資格確認等システムに接続できませんでした（" + e.getClass().getSimpleName() + "）", e);
        } catch (CentralRefusalException | WireFormatException e) {
            fail(flow, e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(flow, "中断されました", e);
        }
    }

    private CardConfirmationRequest request(KioskFlow flow, VirtualCard card) {
        KioskSettings screens = flow.settings();
        byte[] signature = flow.signature();
        String certificate;
        try {
            certificate = Base64.getEncoder().encodeToString(card.certificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the card's certificate cannot be encoded", e);
        }
        VerificationMethod method = flow.verificationMethod();
        return new CardConfirmationRequest(options.institution().value(), ArbitraryFileIdentifiers.next(),
                flow.challenge().id(), certificate,
                signature == null ? null : Base64.getEncoder().encodeToString(signature), method.code(),
                flow.staffId(), screens.careSetting().name(), flow.consentFlags(),
                flow.prescriptionIssueSelect() == null ? null : flow.prescriptionIssueSelect().code(),
                OqsDates.format(LocalDate.now(clock.withZone(JAPAN))));
    }

    /** Central's ErrorMessage as is (staff look it up by ErrorCode); a generic text when it sent none. */
    private static String refusalText(FaceResult result) {
        String message = result.header().errorMessage();
        if (message == null) {
            message = result.processingResultMessage();
        }
        if (message == null) {
            message = "資格確認できませんでした";
        }
        String code = result.header().errorCode();
        return code == null ? message : message + "（" + code + "）";
    }

    private Optional<Challenge> fetchChallenge(KioskFlow flow) {
        try {
            return Optional.of(Challenge.from(central.requestChallenge(options.institution().value())));
        } catch (IOException e) {
            fail(flow, "オンライン資格確認等システムに接続できませんでした（" + e.getClass().getSimpleName() + "）", e);
        } catch (CentralRefusalException | IllegalArgumentException e) {
            fail(flow, e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(flow, "中断されました", e);
        }
        return Optional.empty();
    }

    /** A challenge that would run out before the patient is through gets replaced while the card is still here. */
    private boolean renewChallengeIfNeeded(KioskFlow flow) {
        if (flow.challenge().usableAt(clock.instant(), options.challengeMargin().multipliedBy(6))) {
            return true;
        }
        Optional<Challenge> fresh = fetchChallenge(flow);
        fresh.ifPresent(c -> flow.challengeRenewed(c, clock.instant()));
        return fresh.isPresent();
    }

    private VirtualCard placedCard(KioskFlow flow) {
        return wallet.find(flow.cardId())
                .orElseThrow(() -> new IllegalStateException("card " + flow.cardId() + " is no longer at the reader"));
    }

    private void fail(KioskFlow flow, String message, Exception e) {
        LOG.log(System.Logger.Level.WARNING, "card reader: " + message, e);
        flow.failed(message, clock.instant());
    }
}
