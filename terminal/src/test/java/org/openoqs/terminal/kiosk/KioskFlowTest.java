package org.openoqs.terminal.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.openoqs.core.code.PrescriptionIssueSelect;
import org.openoqs.core.code.VerificationMethod;
import org.openoqs.core.consent.CareSetting;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.terminal.card.Challenge;
import org.openoqs.terminal.kiosk.KioskFlow.Notice;
import org.openoqs.terminal.kiosk.KioskFlow.Step;

class KioskFlowTest {

    static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");
    static final Challenge CHALLENGE = new Challenge("c-1", new byte[] {1, 2, 3}, T0.plusSeconds(300));
    static final byte[] SIGNATURE = {9, 9, 9};

    KioskFlow flow = new KioskFlow(KioskSettings.DEFAULTS, Duration.ofMinutes(2), T0);

    @Test
    void faceMatchLeadsThroughTheDefaultConsentScreensInOrderToReady() {
        flow.cardPlaced("CARD-1", false, 3, CHALLENGE, T0);
        flow.faceChosen(T0);
        flow.faceMatched(SIGNATURE, T0);

        assertThat(flow.step()).isEqualTo(Step.CONSENT);
        assertThat(flow.verificationMethod()).isEqualTo(VerificationMethod.FACE);
        assertThat(flow.signature()).containsExactly(SIGNATURE);
        assertThat(flow.currentConsent()).contains(ConsentCategory.PHARMACISTS_INFO);
        assertThat(flow.consentScreenCount()).isEqualTo(4);
        flow.consentAnswered(ConsentCategory.PHARMACISTS_INFO, true, T0);
        assertThat(flow.currentConsent()).contains(ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO);
        assertThat(flow.consentScreenNumber()).isEqualTo(2);
        flow.consentAnswered(ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO, false, T0);
        // 診療情報 and 手術情報 are off by default [C] rules §6.4.
        assertThat(flow.currentConsent()).contains(ConsentCategory.LIMIT_APPLICATION_CERTIFICATE);
        flow.consentAnswered(ConsentCategory.LIMIT_APPLICATION_CERTIFICATE, true, T0);
        flow.consentAnswered(ConsentCategory.SPECIFIC_DISEASES_CERTIFICATE, false, T0);
        assertThat(flow.step()).isEqualTo(Step.PRESCRIPTION);
        flow.prescriptionChosen(PrescriptionIssueSelect.ELECTRONIC, T0);

        assertThat(flow.step()).isEqualTo(Step.READY);
        assertThat(flow.consentFlags()).containsExactly(entry("PharmacistsInfoConsFlg", "1"),
                entry("SpecificHealthCheckupsInfoConsFlg", "0"), entry("LimitApplicationCertificateRelatedConsFlg", "1"),
                entry("SpecificDiseasesCertificateRelatedConsFlg", "0"));
        flow.completed("abc", T0);
        assertThat(flow.step()).isEqualTo(Step.DONE);
        assertThat(flow.finished()).isTrue();
        assertThat(flow.signature()).as("the signature is dropped once sent").isNull();
    }

    @Test
    void consentScreensFollowTheSettings() {
        KioskSettings all = new KioskSettings(CareSetting.INPATIENT, EnumSet.allOf(ConsentCategory.class), false);
        KioskFlow inpatient = new KioskFlow(all, Duration.ofMinutes(2), T0);
        inpatient.cardPlaced("CARD-1", false, 3, CHALLENGE, T0);
        inpatient.pinChosen(T0);
        inpatient.pinAccepted(SIGNATURE, T0);
        for (ConsentCategory category : ConsentCategory.values()) {
            assertThat(inpatient.currentConsent()).contains(category);
            inpatient.consentAnswered(category, true, T0);
        }
        assertThat(inpatient.step()).as("no 処方箋 question when switched off").isEqualTo(Step.READY);
        assertThat(inpatient.consentFlags()).hasSize(6);
    }

    @Test
    void aConsentAnswerForAnotherScreenIsRefused() {
        flow.cardPlaced("CARD-1", false, 3, CHALLENGE, T0);
        flow.pinChosen(T0);
        flow.pinAccepted(SIGNATURE, T0);
        assertThatThrownBy(() -> flow.consentAnswered(ConsentCategory.OPERATION_INFO, true, T0))
                .isInstanceOf(IllegalStateException.class);
        assertThat(flow.consentFlags()).isEmpty();
    }

    @Test
    void failedFaceFallsBackToThePinWithANotice() {
        flow.cardPlaced("CARD-1", false, 3, CHALLENGE, T0);
        flow.faceChosen(T0);
        flow.faceNotMatched(T0);
        assertThat(flow.step()).isEqualTo(Step.PIN);
        assertThat(flow.notice()).isEqualTo(Notice.FACE_NOT_MATCHED);
        flow.pinAccepted(SIGNATURE, T0);
        assertThat(flow.verificationMethod()).isEqualTo(VerificationMethod.PIN);
        assertThat(flow.notice()).isEqualTo(Notice.NONE);
    }

    @Test
    void wrongPinsCountDownThenLockAndOnlyStaffCanContinue() {
        flow.cardPlaced("CARD-1", false, 3, CHALLENGE, T0);
        flow.pinChosen(T0);
        flow.pinRejected(2, T0);
        assertThat(flow.step()).isEqualTo(Step.PIN);
        assertThat(flow.notice()).isEqualTo(Notice.WRONG_PIN);
        assertThat(flow.remainingPinTries()).isEqualTo(2);
        flow.pinRejected(1, T0);
        flow.pinLockedOut(T0);
        assertThat(flow.step()).isEqualTo(Step.PIN_LOCKED);
        assertThatThrownBy(() -> flow.pinAccepted(SIGNATURE, T0)).isInstanceOf(IllegalStateException.class);

        flow.staffCalled(T0);
        assertThat(flow.step()).isEqualTo(Step.VISUAL_CHECK);
        flow.visuallyConfirmed("admin1", T0);
        assertThat(flow.verificationMethod()).isEqualTo(VerificationMethod.VISUAL);
        assertThat(flow.staffId()).isEqualTo("admin1");
        assertThat(flow.signature()).as("目視確認 cannot make the card sign").isNull();
        assertThat(flow.step()).isEqualTo(Step.CONSENT);
    }

    @Test
    void aLockedCardGoesStraightToStaffWhenThePatientChoosesThePinOrTheFaceFails() {
        flow.cardPlaced("CARD-1", true, 0, CHALLENGE, T0);
        flow.pinChosen(T0);
        assertThat(flow.step()).isEqualTo(Step.PIN_LOCKED);

        KioskFlow face = new KioskFlow(KioskSettings.DEFAULTS, Duration.ofMinutes(2), T0);
        face.cardPlaced("CARD-1", true, 0, CHALLENGE, T0);
        face.faceChosen(T0);
        face.faceNotMatched(T0);
        assertThat(face.step()).isEqualTo(Step.PIN_LOCKED);
    }

    @Test
    void faceOrPinVerificationNeedsASignature() {
        flow.cardPlaced("CARD-1", false, 3, CHALLENGE, T0);
        flow.faceChosen(T0);
        assertThatThrownBy(() -> flow.faceMatched(new byte[0], T0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(flow.step()).isEqualTo(Step.FACE);
    }

    @Test
    void anExpiredChallengeAsksForTheSameCardAgainAndKeepsTheAnswers() {
        KioskSettings two = new KioskSettings(CareSetting.OUTPATIENT, EnumSet.of(ConsentCategory.PHARMACISTS_INFO), true);
        KioskFlow f = new KioskFlow(two, Duration.ofMinutes(2), T0);
        f.cardPlaced("CARD-1", false, 3, CHALLENGE, T0);
        f.faceChosen(T0);
        f.faceMatched(SIGNATURE, T0);
        f.consentAnswered(ConsentCategory.PHARMACISTS_INFO, true, T0);
        f.prescriptionChosen(PrescriptionIssueSelect.PAPER, T0);
        f.challengeExpired(T0);
        assertThat(f.step()).isEqualTo(Step.CHALLENGE_EXPIRED);
        assertThat(f.signature()).isNull();
        assertThat(f.challenge()).isNull();

        Challenge fresh = new Challenge("c-2", new byte[] {4}, T0.plusSeconds(600));
        f.cardPlaced("CARD-1", false, 3, fresh, T0);
        assertThat(f.notice()).isEqualTo(Notice.CARD_PLACED_AGAIN);
        f.pinChosen(T0);
        f.pinAccepted(SIGNATURE, T0);
        assertThat(f.step()).as("answers kept: straight to sending").isEqualTo(Step.READY);
        assertThat(f.challenge()).isEqualTo(fresh);
        assertThat(f.consentFlags()).containsExactly(entry("PharmacistsInfoConsFlg", "1"));
        assertThat(f.prescriptionIssueSelect()).isEqualTo(PrescriptionIssueSelect.PAPER);
    }

    @Test
    void anotherCardAfterExpiryStartsOver() {
        flow.cardPlaced("CARD-1", false, 3, CHALLENGE, T0);
        flow.pinChosen(T0);
        flow.pinAccepted(SIGNATURE, T0);
        for (ConsentCategory c : flow.settings().consentScreenOrder()) flow.consentAnswered(c, true, T0);
        flow.prescriptionChosen(PrescriptionIssueSelect.PAPER, T0);
        flow.challengeExpired(T0);
        flow.cardPlaced("CARD-2", false, 3, CHALLENGE, T0);
        assertThat(flow.notice()).isEqualTo(Notice.NONE);
        flow.pinChosen(T0);
        flow.pinAccepted(SIGNATURE, T0);
        assertThat(flow.step()).isEqualTo(Step.CONSENT);
        assertThat(flow.consentFlags()).isEmpty();
        assertThat(flow.prescriptionIssueSelect()).isNull();
    }

    @Test
    void challengeCanBeRenewedOnlyBeforeTheCardSigns() {
        flow.cardPlaced("CARD-1", false, 3, CHALLENGE, T0);
        Challenge fresh = new Challenge("c-2", new byte[] {4}, T0.plusSeconds(600));
        flow.challengeRenewed(fresh, T0);
        assertThat(flow.challenge()).isEqualTo(fresh);
        flow.faceChosen(T0);
        flow.faceMatched(SIGNATURE, T0);
        assertThatThrownBy(() -> flow.challengeRenewed(CHALLENGE, T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusalKeepsCentralsMessage() {
        flow.cardPlaced("CARD-1", false, 3, CHALLENGE, T0);
        flow.pinChosen(T0);
        flow.pinAccepted(SIGNATURE, T0);
        for (ConsentCategory c : flow.settings().consentScreenOrder()) flow.consentAnswered(c, false, T0);
        flow.prescriptionChosen(PrescriptionIssueSelect.PAPER, T0);
        flow.refused("id", "このカードは失効しています", T0);
        assertThat(flow.step()).isEqualTo(Step.REFUSED);
        assertThat(flow.errorMessage()).isEqualTo("このカードは失効しています");
        assertThat(flow.finished()).isTrue();
    }

    @Test
    void idleAfterTheTimeoutSinceTheLastStep() {
        flow.cardPlaced("CARD-1", false, 3, CHALLENGE, T0.plusSeconds(60));
        assertThat(flow.idleAt(T0.plusSeconds(179))).isFalse();
        assertThat(flow.idleAt(T0.plusSeconds(180))).isTrue();
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> flow.faceChosen(T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> flow.completed("x", T0)).isInstanceOf(IllegalStateException.class);
        assertThat(flow.step()).isEqualTo(Step.PLACE_CARD);
    }
}
