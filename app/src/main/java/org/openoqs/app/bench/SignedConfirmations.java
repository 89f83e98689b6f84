package org.openoqs.app.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.cert.CertificateEncodingException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.openoqs.core.code.VerificationMethod;
import org.openoqs.core.consent.CareSetting;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.jpki.FaceMatch;
import org.openoqs.jpki.VirtualCard;
import org.openoqs.wire.card.CardChallenge;
import org.openoqs.wire.card.CardConfirmationRequest;

/**
 * Turns central's challenges into the card reader's confirmations: the cards take turns, each signs its challenge
 * after a face match (顔認証 — the PIN path would add the virtual card's PBKDF2 PIN check, a client cost only), and
 * the patient says yes on the four viewing-consent screens, so the server records four consents per confirmation.
 */
final class SignedConfirmations {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The face check at the reader passed; central never sees it, only the signature it unlocks. */
    private static final FaceMatch PASSED = new FaceMatch(1.0, 0.8);
    static final Map<String, String> CONSENTS = consents();

    private final List<VirtualCard> cards;
    private final List<String> certificates;
    private final AtomicLong signed = new AtomicLong();

    SignedConfirmations(List<VirtualCard> cards) {
        if (cards.isEmpty()) throw new IllegalArgumentException("no cards to sign with");
        this.cards = List.copyOf(cards);
        this.certificates = this.cards.stream().map(SignedConfirmations::certificate).toList();
    }

    /** One confirmation body per challenge (the {@code CardChallenge} JSON central answered), in order, on all cores. */
    List<byte[]> sign(List<String> challengeJson) {
        return IntStream.range(0, challengeJson.size()).parallel().mapToObj(i -> body(i, challengeJson.get(i))).toList();
    }

    /** Signatures made so far, for progress. */
    long signed() {
        return signed.get();
    }

    private byte[] body(int i, String challengeJson) {
        try {
            CardChallenge challenge = JSON.readValue(challengeJson, CardChallenge.class);
            int card = i % cards.size();
            byte[] signature = cards.get(card).signAfterFaceMatch(Base64.getDecoder().decode(challenge.challenge()), PASSED);
            signed.incrementAndGet();
            CardConfirmationRequest request = new CardConfirmationRequest(LoadTarget.INSTITUTION_CODE, "bench",
                    challenge.challengeId(), certificates.get(card), Base64.getEncoder().encodeToString(signature),
                    VerificationMethod.FACE.code(), null, CareSetting.OUTPATIENT.name(), CONSENTS, null,
                    LoadTarget.CONFIRMATION_DATE);
            return JSON.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("central's challenge is not a CardChallenge: " + challengeJson, e);
        }
    }

    private static Map<String, String> consents() {
        Map<String, String> flags = new LinkedHashMap<>();
        for (ConsentCategory c : ConsentCategory.values()) if (c.viewing()) flags.put(c.consFlgElement(), "1");
        return Map.copyOf(flags);
    }

    private static String certificate(VirtualCard card) {
        try {
            return Base64.getEncoder().encodeToString(card.certificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("card " + card.cardId() + ": " + e.getMessage(), e);
        }
    }
}
