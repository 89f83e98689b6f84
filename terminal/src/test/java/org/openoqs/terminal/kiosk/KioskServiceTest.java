package org.openoqs.terminal.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.core.code.PrescriptionIssueSelect;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.jpki.CardWallet;
import org.openoqs.jpki.FaceMatcher;
import org.openoqs.jpki.VirtualCard;
import org.openoqs.terminal.card.CardCentralClient;
import org.openoqs.terminal.face.FaceFileWriter;
import org.openoqs.terminal.face.FaceResultReader;
import org.openoqs.terminal.face.RecentFaceResults;
import org.openoqs.terminal.fake.FakeCardCentral;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.XmlMsgReader;

/** The kiosk's operations against the honest fake central, without a browser. */
class KioskServiceTest {

    @TempDir Path dir;
    FakeCardCentral central;
    KioskService service;
    RecentFaceResults recent = new RecentFaceResults(10);
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
    final Clock clock = new Clock() {
        @Override public ZoneId getZone() { return ZoneId.of("Asia/Tokyo"); }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now.get(); }
    };
    VirtualCard card;

    @BeforeEach
    void start() throws Exception {
        central = FakeCardCentral.start(dir.resolve("central"));
        card = central.issueLinkedCard(FakeCardCentral.sample("髙橋　①子", "ﾀｶﾊｼ ｲﾁｺ", "3001"), "1234");
        service = new KioskService(new CardWallet(central.walletDir()), new FaceMatcher(0.80),
                new CardCentralClient(central.baseUrl(), null, Duration.ofSeconds(5)),
                new FaceFileWriter(dir.resolve("face"), MedicalInstitutionCode.parse("1312345679"), ResultEncoding.UTF_8,
                        clock, new XmlMsgReader()),
                new FaceResultReader(), recent, new KioskSettingsStore(dir, KioskSettings.DEFAULTS),
                new KioskService.Options(MedicalInstitutionCode.parse("1312345679"), ResultEncoding.UTF_8,
                        Duration.ofMinutes(2), Duration.ofSeconds(10)), clock);
    }

    @AfterEach
    void stop() {
        central.close();
    }

    @Test
    void aFaceMatchSendsOnceEverythingIsAnsweredAndRemembersTheResult() {
        KioskFlow flow = service.newFlow();
        service.placeCard(flow, card.cardId());
        service.chooseFace(flow);
        service.captureFace(flow, SimulatedCamera.HOLDER_GOOD);
        answerAll(flow, true);
        service.choosePrescription(flow, PrescriptionIssueSelect.ELECTRONIC);

        assertThat(flow.step()).isEqualTo(KioskFlow.Step.DONE);
        assertThat(recent.list()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(flow.resultId());
            assertThat(r.persons().get(0).consent(ConsentCategory.PHARMACISTS_INFO).given()).isTrue();
        });
        assertThat(dir.resolve("face").resolve(recent.list().get(0).file().fileName())).exists();
    }

    @Test
    void aStrangerIsNotAcceptedByFaceAndAMalformedPinCostsNoTry() {
        KioskFlow flow = service.newFlow();
        service.placeCard(flow, card.cardId());
        service.chooseFace(flow);
        service.captureFace(flow, SimulatedCamera.SOMEONE_ELSE);
        assertThat(flow.step()).isEqualTo(KioskFlow.Step.PIN);
        assertThat(service.enterPin(flow, "12a4")).isFalse();
        assertThat(service.enterPin(flow, "123")).isFalse();
        assertThat(central.card(card.cardId()).remainingPinTries()).isEqualTo(3);
        assertThat(service.enterPin(flow, "9999")).isTrue();
        assertThat(flow.remainingPinTries()).isEqualTo(2);
        assertThat(central.card(card.cardId()).remainingPinTries()).isEqualTo(2);
    }

    @Test
    void aChallengeThatExpiresOnTheConsentScreensAsksForTheCardAgainAndKeepsTheAnswers() {
        central.challengeValidity(Duration.ofMinutes(5));
        KioskFlow flow = service.newFlow();
        service.placeCard(flow, card.cardId());
        service.choosePin(flow);
        service.enterPin(flow, "1234");
        answerAll(flow, true);
        now.set(now.get().plus(Duration.ofMinutes(6))); // the patient took their time
        service.choosePrescription(flow, PrescriptionIssueSelect.PAPER);
        assertThat(flow.step()).isEqualTo(KioskFlow.Step.CHALLENGE_EXPIRED);
        assertThat(central.confirmations).as("nothing sent with a stale challenge").isEmpty();

        now.set(Instant.now());
        service.placeCard(flow, card.cardId());
        service.choosePin(flow);
        service.enterPin(flow, "1234");
        assertThat(flow.step()).isEqualTo(KioskFlow.Step.DONE);
        assertThat(central.confirmations).singleElement().satisfies(c -> {
            assertThat(c.segmentOfResult()).isEqualTo("1");
            assertThat(c.request().consents()).containsEntry("PharmacistsInfoConsFlg", "1");
            assertThat(c.request().prescriptionIssueSelect()).isEqualTo("2");
        });
    }

    @Test
    void anUnreachableCentralEndsInAnErrorTheStaffCanRead() {
        central.close();
        KioskFlow flow = service.newFlow();
        service.placeCard(flow, card.cardId());
        assertThat(flow.step()).isEqualTo(KioskFlow.Step.ERROR);
        assertThat(flow.errorMessage()).contains("接続できませんでした");
    }

    private void answerAll(KioskFlow flow, boolean agreed) {
        while (flow.currentConsent().isPresent() && flow.step() == KioskFlow.Step.CONSENT) {
            service.answerConsent(flow, flow.currentConsent().get(), agreed);
        }
    }
}
