package org.openoqs.central.patient;

import java.security.cert.CertificateEncodingException;
import java.util.Base64;
import java.util.Optional;
import org.openoqs.central.card.CardChallengeService;
import org.openoqs.central.card.JpkiTrust;
import org.openoqs.central.linkage.CardLinkService;
import org.openoqs.jpki.CardRejectedException;
import org.openoqs.jpki.PinLockedException;
import org.openoqs.jpki.VerifiedCard;
import org.openoqs.jpki.VirtualCard;
import org.openoqs.jpki.WrongPinException;
import org.springframework.stereotype.Service;

/**
 * Signing in on the patient page: the same challenge–signature proof as at the card reader (audience
 * {@link CardChallengeService#PATIENT}), with the PIN — face matching is a reader feature, not available at home
 * (oqs-rules §6.3: a 顔認証マイナンバーカード cannot be used for マイナポータル). The result names the linked person.
 */
@Service
public class PatientSignIn {
    private final PatientCardReader reader;
    private final CardChallengeService challenges;
    private final JpkiTrust trust;
    private final CardLinkService links;

    public PatientSignIn(PatientCardReader reader, CardChallengeService challenges, JpkiTrust trust, CardLinkService links) {
        this.reader = reader;
        this.challenges = challenges;
        this.trust = trust;
        this.links = links;
    }

    /** The outcome; {@code personKey} is set only on success, {@code message} is shown to the patient otherwise. */
    public record Outcome(String personKey, String message) {
        static Outcome failed(String message) {
            return new Outcome(null, message);
        }

        public boolean succeeded() {
            return personKey != null;
        }
    }

    public Outcome signIn(String cardId, String pin) {
        Optional<VirtualCard> card = reader.place(cardId);
        if (card.isEmpty()) return Outcome.failed("カードを読み取れませんでした。カードを置き直してください。");
        var challenge = challenges.issue(CardChallengeService.PATIENT);
        byte[] signature;
        try {
            signature = reader.sign(card.get().cardId(), Base64.getDecoder().decode(challenge.challenge()), pin);
        } catch (WrongPinException e) {
            return Outcome.failed("暗証番号が違います。あと" + e.remainingTries() + "回間違えるとロックされます。");
        } catch (PinLockedException e) {
            return Outcome.failed("暗証番号がロックされています。お住まいの市区町村の窓口で解除してください。");
        }
        byte[] sent = challenges.consume(challenge.challengeId(), CardChallengeService.PATIENT).orElse(null);
        if (sent == null) return Outcome.failed("時間切れです。もう一度お試しください。");
        try {
            VerifiedCard verified = trust.verifier().verify(card.get().certificate().getEncoded(), sent, signature);
            return links.personFor(verified.certificateSerial()).map(pk -> new Outcome(pk, null))
                    .orElseGet(() -> Outcome.failed("このカードは健康保険の資格と紐付けられていません。"));
        } catch (CardRejectedException e) {
            return Outcome.failed("電子証明書を確認できませんでした（" + e.reason() + "）。");
        } catch (CertificateEncodingException e) {
            return Outcome.failed("カードの証明書を読み取れませんでした。");
        }
    }
}
