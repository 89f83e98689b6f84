package org.openoqs.core.qualification;

import java.time.LocalDate;
import org.openoqs.core.number.InsurerNumber;

/**
 * 照会区分 2: "is the holder of this card insured on this date?" — the card keys and the birth date, and whether the
 * patient consented to releasing the 限度額適用認定証 information.
 */
public record ConfirmationQuery(InsurerNumber insurerNumber, InsuredCard card, LocalDate birthdate,
                                LocalDate confirmationDate, boolean limitApplicationConsent) {
}
