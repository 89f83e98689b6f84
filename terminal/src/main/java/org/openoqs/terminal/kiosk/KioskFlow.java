package org.openoqs.terminal.kiosk;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openoqs.core.code.PrescriptionIssueSelect;
import org.openoqs.core.code.VerificationMethod;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.terminal.card.Challenge;

/**
 * One patient's way through the card reader, as a state machine without any I/O: the {@link KioskService} performs
 * the card and central operations and reports their outcome here; the pages only show {@link #step()}.
 *
 * <pre>
 * PLACE_CARD → CHOOSE_METHOD → FACE ─────────────┐
 *                    │           └ not matched → PIN ─ wrong (tries left) ↺
 *                    └──────────────────────→ PIN ─ 3rd wrong / locked → PIN_LOCKED → VISUAL_CHECK (管理アカウント)
 * verified (face, PIN or 目視) → CONSENT × enabled categories → PRESCRIPTION → READY → DONE | REFUSED
 * READY with the challenge expired → CHALLENGE_EXPIRED → place the same card again (answers kept) → verify → READY
 * </pre>
 *
 * The card's signature over central's challenge is kept here until it is sent; the PIN never is. Any step may end in
 * ERROR (central unreachable). A flow untouched for the idle timeout is over; the caller starts a new one. Not
 * thread-safe: the caller serialises access per browser session.
 */
public final class KioskFlow {

    /** The screens. */
    public enum Step {
        PLACE_CARD, CHOOSE_METHOD, FACE, PIN, PIN_LOCKED, VISUAL_CHECK, CONSENT, PRESCRIPTION, READY, DONE, REFUSED,
        CHALLENGE_EXPIRED, ERROR
    }

    /** A message shown above the current screen about what just happened. */
    public enum Notice { NONE, FACE_NOT_MATCHED, WRONG_PIN, CARD_PLACED_AGAIN }

    private final KioskSettings settings;
    private final Duration idleTimeout;
    private final List<ConsentCategory> consentScreens;
    private final Map<ConsentCategory, Boolean> answers = new EnumMap<>(ConsentCategory.class);
    private Step step = Step.PLACE_CARD;
    private Notice notice = Notice.NONE;
    private Instant lastActivity;
    private String cardId;
    private boolean pinLocked;
    private int remainingPinTries;
    private Challenge challenge;
    private byte[] signature;
    private VerificationMethod verificationMethod;
    private String staffId;
    private PrescriptionIssueSelect prescriptionIssueSelect;
    private String resultId;
    private String errorMessage;

    public KioskFlow(KioskSettings settings, Duration idleTimeout, Instant now) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
        this.consentScreens = settings.consentScreenOrder();
        this.lastActivity = now;
    }

    // ---- events --------------------------------------------------------------------------------------------------

    /**
     * A card was placed and central issued a challenge for it. After {@link Step#CHALLENGE_EXPIRED} the same card
     * keeps the patient's answers; another card starts over.
     */
    public void cardPlaced(String placedCardId, boolean cardPinLocked, int cardRemainingPinTries, Challenge issued,
            Instant now) {
        expect(Step.PLACE_CARD, Step.CHALLENGE_EXPIRED);
        boolean sameCardAgain = step == Step.CHALLENGE_EXPIRED && placedCardId.equals(cardId);
        if (!sameCardAgain) {
            answers.clear();
            prescriptionIssueSelect = null;
        }
        cardId = Objects.requireNonNull(placedCardId, "cardId");
        pinLocked = cardPinLocked;
        remainingPinTries = cardRemainingPinTries;
        challenge = Objects.requireNonNull(issued, "challenge");
        signature = null;
        verificationMethod = null;
        staffId = null;
        moveTo(Step.CHOOSE_METHOD, sameCardAgain ? Notice.CARD_PLACED_AGAIN : Notice.NONE, now);
    }

    public void faceChosen(Instant now) {
        expect(Step.CHOOSE_METHOD);
        moveTo(Step.FACE, Notice.NONE, now);
    }

    public void pinChosen(Instant now) {
        expect(Step.CHOOSE_METHOD);
        moveTo(pinLocked ? Step.PIN_LOCKED : Step.PIN, Notice.NONE, now);
    }

    /** Central's challenge was about to expire before the card signed, and a fresh one replaced it. */
    public void challengeRenewed(Challenge fresh, Instant now) {
        expect(Step.CHOOSE_METHOD, Step.FACE, Step.PIN, Step.VISUAL_CHECK);
        challenge = Objects.requireNonNull(fresh, "challenge");
        lastActivity = now;
    }

    public void faceMatched(byte[] cardSignature, Instant now) {
        expect(Step.FACE);
        verified(VerificationMethod.FACE, cardSignature, null, now);
    }

    /** The face did not match: the reader falls back to the PIN (or to staff when the PIN is locked). */
    public void faceNotMatched(Instant now) {
        expect(Step.FACE);
        moveTo(pinLocked ? Step.PIN_LOCKED : Step.PIN, Notice.FACE_NOT_MATCHED, now);
    }

    public void pinAccepted(byte[] cardSignature, Instant now) {
        expect(Step.PIN);
        verified(VerificationMethod.PIN, cardSignature, null, now);
    }

    public void pinRejected(int triesLeft, Instant now) {
        expect(Step.PIN);
        remainingPinTries = triesLeft;
        moveTo(Step.PIN, Notice.WRONG_PIN, now);
    }

    /** The PIN is locked (this try was the last, or it already was): only 目視確認 by staff remains. */
    public void pinLockedOut(Instant now) {
        expect(Step.PIN);
        pinLocked = true;
        remainingPinTries = 0;
        moveTo(Step.PIN_LOCKED, Notice.NONE, now);
    }

    /** The patient asked for staff; the next screen needs a signed-in 管理アカウント. */
    public void staffCalled(Instant now) {
        expect(Step.PIN_LOCKED);
        moveTo(Step.VISUAL_CHECK, Notice.NONE, now);
    }

    /** A 管理アカウント compared the card face with the patient. The card cannot sign without PIN or face. */
    public void visuallyConfirmed(String confirmingStaffId, Instant now) {
        expect(Step.VISUAL_CHECK);
        verified(VerificationMethod.VISUAL, null, Objects.requireNonNull(confirmingStaffId, "staffId"), now);
    }

    public void consentAnswered(ConsentCategory category, boolean agreed, Instant now) {
        expect(Step.CONSENT);
        if (currentConsent().orElseThrow() != category) {
            throw new IllegalStateException("the screen asks about " + currentConsent().orElseThrow() + ", not " + category);
        }
        answers.put(category, agreed);
        advanceAfterVerification(now);
    }

    public void prescriptionChosen(PrescriptionIssueSelect select, Instant now) {
        expect(Step.PRESCRIPTION);
        prescriptionIssueSelect = Objects.requireNonNull(select, "select");
        advanceAfterVerification(now);
    }

    /** The challenge ran out while the patient answered; they must place the card again (answers are kept). */
    public void challengeExpired(Instant now) {
        expect(Step.READY);
        challenge = null;
        signature = null;
        verificationMethod = null;
        staffId = null;
        moveTo(Step.CHALLENGE_EXPIRED, Notice.NONE, now);
    }

    public void completed(String faceResultId, Instant now) {
        expect(Step.READY);
        finish(Step.DONE, faceResultId, null, now);
    }

    /** Central refused the card (SegmentOfResult 9); {@code message} is central's text, shown as is. */
    public void refused(String faceResultId, String message, Instant now) {
        expect(Step.READY);
        finish(Step.REFUSED, faceResultId, message, now);
    }

    /** Something outside the patient's control failed (central unreachable, card unreadable). */
    public void failed(String message, Instant now) {
        finish(Step.ERROR, null, message, now);
    }

    // ---- queries -------------------------------------------------------------------------------------------------

    public Step step() { return step; }

    public Notice notice() { return notice; }

    public String cardId() { return cardId; }

    public int remainingPinTries() { return remainingPinTries; }

    public Challenge challenge() { return challenge; }

    public VerificationMethod verificationMethod() { return verificationMethod; }

    public String staffId() { return staffId; }

    public PrescriptionIssueSelect prescriptionIssueSelect() { return prescriptionIssueSelect; }

    public String resultId() { return resultId; }

    public String errorMessage() { return errorMessage; }

    public KioskSettings settings() { return settings; }

    /** The card's signature over {@link #challenge()}; null for 目視確認 and before verification. */
    public byte[] signature() {
        return signature == null ? null : signature.clone();
    }

    /** The category the consent screen asks about now. */
    public Optional<ConsentCategory> currentConsent() {
        return consentScreens.stream().filter(c -> !answers.containsKey(c)).findFirst();
    }

    /** 1-based position of the current consent screen and how many there are, for "2 / 4". */
    public int consentScreenNumber() {
        return answers.size() + 1;
    }

    public int consentScreenCount() {
        return consentScreens.size();
    }

    /** The answers as {@code …ConsFlg} element name → {@code 1}/{@code 0}, in screen order; unasked ones absent. */
    public Map<String, String> consentFlags() {
        Map<String, String> flags = new LinkedHashMap<>();
        Arrays.stream(ConsentCategory.values()).filter(answers::containsKey)
                .forEach(c -> flags.put(c.consFlgElement(), answers.get(c) ? "1" : "0"));
        return flags;
    }

    /** True when nothing happened for the idle timeout: the patient walked away and the next one starts afresh. */
    public boolean idleAt(Instant now) {
        return !now.isBefore(lastActivity.plus(idleTimeout));
    }

    /** True when the flow ended (completed, refused or failed): the next patient starts a new one. */
    public boolean finished() {
        return step == Step.DONE || step == Step.REFUSED || step == Step.ERROR;
    }

    // ---- internals -----------------------------------------------------------------------------------------------

    private void verified(VerificationMethod method, byte[] cardSignature, String confirmingStaffId, Instant now) {
        if (method != VerificationMethod.VISUAL && (cardSignature == null || cardSignature.length == 0)) {
            throw new IllegalArgumentException("a face or PIN verification must come with the card's signature");
        }
        verificationMethod = method;
        signature = cardSignature == null ? null : cardSignature.clone();
        staffId = confirmingStaffId;
        notice = Notice.NONE;
        advanceAfterVerification(now);
    }

    private void advanceAfterVerification(Instant now) {
        Step next;
        if (currentConsent().isPresent()) {
            next = Step.CONSENT;
        } else if (settings.askPrescriptionIssue() && prescriptionIssueSelect == null) {
            next = Step.PRESCRIPTION;
        } else {
            next = Step.READY;
        }
        moveTo(next, Notice.NONE, now);
    }

    private void finish(Step end, String faceResultId, String message, Instant now) {
        resultId = faceResultId;
        errorMessage = message;
        signature = null;
        challenge = null;
        moveTo(end, Notice.NONE, now);
    }

    private void moveTo(Step next, Notice newNotice, Instant now) {
        step = next;
        notice = newNotice;
        lastActivity = now;
    }

    private void expect(Step... allowed) {
        for (Step s : allowed) {
            if (step == s) {
                return;
            }
        }
        throw new IllegalStateException("the kiosk is at " + step + ", not " + Arrays.toString(allowed));
    }
}
