package org.openoqs.central.medical;

import java.util.Objects;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.qualification.InsuredCard;

/** Who a request for medical information is about: the insurance card keys, or the PersonKey itself. */
public sealed interface PersonReference {

    /**
     * The card keys of a YZK/TKK request header: 保険者番号, 記号, 番号 and 枝番 (normalised, {@link InsuredCard}). The
     * 枝番 is compared only when both sides have one, as in 資格確認; a household card without it may match several
     * persons.
     */
    record ByCard(InsurerNumber insurerNumber, InsuredCard card) implements PersonReference {
        public ByCard {
            Objects.requireNonNull(insurerNumber, "insurerNumber");
            Objects.requireNonNull(card, "card");
        }
    }

    /** A PersonKey central already resolved (e.g. from a card confirmation, 照会区分 1). */
    record ByPersonKey(String personKey) implements PersonReference {
        public ByPersonKey {
            Objects.requireNonNull(personKey, "personKey");
        }
    }
}
