package org.openoqs.terminal.kiosk;

import org.openoqs.core.identity.BasicFourFacts;
import org.openoqs.jpki.CardFacts;
import org.openoqs.jpki.CardRejectedException;
import org.openoqs.jpki.VirtualCard;

/**
 * What staff see of a card for 目視確認: the stand-in for the printed card face (氏名, 生年月日, 性別, 住所 and the
 * photo, here the face stand-in's id). The real card prints these; the virtual one carries them in its certificate
 * ({@link CardFacts}). Never the My Number.
 *
 * @param facts null when the certificate carries no readable 基本4情報 (staff then cannot confirm)
 */
public record CardFace(String cardId, String faceId, BasicFourFacts facts) {

    public static CardFace of(VirtualCard card) {
        BasicFourFacts facts;
        try {
            facts = CardFacts.read(card.certificate());
        } catch (CardRejectedException unreadable) {
            facts = null;
        }
        return new CardFace(card.cardId(), card.faceId(), facts);
    }

    public boolean readable() {
        return facts != null;
    }
}
