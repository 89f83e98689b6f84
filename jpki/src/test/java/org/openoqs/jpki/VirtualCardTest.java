package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VirtualCardTest {
    private static final byte[] CHALLENGE = "challenge-0001".getBytes(StandardCharsets.US_ASCII);
    private static VirtualCard template;
    private static VirtualCard other;

    @BeforeAll
    static void issue() {
        template = TestJpki.card();
        other = TestJpki.otherCard();
    }

    /** A fresh copy of the issued card (same key and certificate), so each test starts with 3 tries. */
    private static VirtualCard card() {
        return new VirtualCard(template.cardId(), template.certificate(), template.privateKey(), template.pinHash(),
                VirtualCard.PIN_TRIES, template.faceId(), template.issuedOn());
    }

    private static boolean verifies(VirtualCard card, byte[] challenge, byte[] signature) throws Exception {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(card.certificate().getPublicKey());
        verifier.update(challenge);
        return verifier.verify(signature);
    }

    @Test
    void theCertificateIsReadableWithoutThePin() {
        VirtualCard card = card();
        assertThat(card.certificate().getSerialNumber()).isPositive();
        assertThat(card.certificateSerial()).isEqualTo(CertificateSerial.hex(card.certificate()));
        assertThat(card.faceId()).isEqualTo(TestJpki.FACE);
        assertThat(card.remainingPinTries()).isEqualTo(3);
        assertThat(card.pinLocked()).isFalse();
    }

    @Test
    void theRightPinSignsTheChallenge() throws Exception {
        byte[] signature = card().signWithPin(CHALLENGE, TestJpki.PIN);
        assertThat(verifies(template, CHALLENGE, signature)).isTrue();
        assertThat(verifies(other, CHALLENGE, signature)).isFalse();
    }

    @Test
    void threeWrongPinsInARowLockTheCard() throws Exception {
        VirtualCard card = card();
        for (int left = 2; left >= 0; left--) {
            int expected = left;
            assertThatThrownBy(() -> card.signWithPin(CHALLENGE, "0000")).isInstanceOfSatisfying(WrongPinException.class,
                    e -> assertThat(e.remainingTries()).isEqualTo(expected));
        }
        assertThat(card.pinLocked()).isTrue();
        assertThatThrownBy(() -> card.signWithPin(CHALLENGE, TestJpki.PIN)).as("even the right PIN")
                .isInstanceOf(PinLockedException.class).hasMessageContaining(card.cardId());
        assertThat(card.remainingPinTries()).isZero();
    }

    @Test
    void theRightPinResetsTheCount() throws Exception {
        VirtualCard card = card();
        assertThatThrownBy(() -> card.signWithPin(CHALLENGE, "0000")).isInstanceOf(WrongPinException.class);
        assertThatThrownBy(() -> card.signWithPin(CHALLENGE, "1111")).isInstanceOf(WrongPinException.class);
        assertThat(card.remainingPinTries()).isEqualTo(1);
        card.signWithPin(CHALLENGE, TestJpki.PIN);
        assertThat(card.remainingPinTries()).isEqualTo(3);
        assertThatThrownBy(() -> card.signWithPin(CHALLENGE, "0000")).isInstanceOfSatisfying(WrongPinException.class,
                e -> assertThat(e.remainingTries()).isEqualTo(2));
    }

    @Test
    void aPinThatIsNotFourDigitsIsRefusedWithoutCounting() {
        VirtualCard card = card();
        assertThatThrownBy(() -> card.signWithPin(CHALLENGE, "12345")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pin");
        assertThat(card.remainingPinTries()).isEqualTo(3);
        assertThatThrownBy(() -> card.signWithPin(new byte[0], TestJpki.PIN)).hasMessageContaining("challenge");
    }

    @Test
    void aPassedFaceMatchSignsAFailedOneDoesNot() throws Exception {
        VirtualCard card = card();
        byte[] signature = card.signAfterFaceMatch(CHALLENGE, new FaceMatch(0.9, 0.8));
        assertThat(verifies(card, CHALLENGE, signature)).isTrue();
        assertThatThrownBy(() -> card.signAfterFaceMatch(CHALLENGE, new FaceMatch(0.7, 0.8)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("face match");
        assertThatThrownBy(() -> card.signAfterFaceMatch(CHALLENGE, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFaceMatchSignsEvenWhenThePinIsLocked() throws Exception {
        VirtualCard card = new VirtualCard(template.cardId(), template.certificate(), template.privateKey(),
                template.pinHash(), 0, template.faceId(), template.issuedOn());
        assertThat(verifies(card, CHALLENGE, card.signAfterFaceMatch(CHALLENGE, new FaceMatch(0.9, 0.8)))).isTrue();
    }

    @Test
    void concurrentWrongPinsCountEachTryExactlyOnce() throws Exception {
        VirtualCard card = card();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> tries = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                tries.add(() -> {
                    try {
                        card.signWithPin(CHALLENGE, "9999");
                        return "signed";
                    } catch (WrongPinException e) {
                        return "wrong " + e.remainingTries();
                    } catch (PinLockedException e) {
                        return "locked";
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(tries)) outcomes.add(f.get());
            assertThat(outcomes).containsOnlyOnce("wrong 2", "wrong 1", "wrong 0");
            assertThat(outcomes.stream().filter("locked"::equals)).hasSize(9);
        } finally {
            pool.shutdownNow();
        }
        assertThat(card.pinLocked()).isTrue();
    }

    @Test
    void aKeyFromAnotherCardIsRefused() {
        assertThatThrownBy(() -> new VirtualCard(template.cardId(), template.certificate(), other.privateKey(),
                template.pinHash(), 3, "face-x", template.issuedOn())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("private key");
    }

    @Test
    void stateIsChecked() {
        PinHash pin = PinHash.of("1234", new SecureRandom());
        assertThatThrownBy(() -> new VirtualCard(template.cardId(), template.certificate(), template.privateKey(), pin, 4,
                "face-x", template.issuedOn())).hasMessageContaining("remainingPinTries");
        assertThatThrownBy(() -> new VirtualCard(template.cardId(), template.certificate(), template.privateKey(), pin, 3,
                "face x/../", template.issuedOn())).hasMessageContaining("faceId");
        assertThatThrownBy(() -> new VirtualCard("123456789012", template.certificate(), template.privateKey(), pin, 3,
                "face-x", template.issuedOn())).hasMessageContaining("cardId");
    }
}
