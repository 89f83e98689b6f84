package org.openoqs.central.patient;

import org.openoqs.central.consent.Consent;
import org.openoqs.core.consent.ConsentState;

/** A consent as the patient page shows it: the record and its state now. */
public record ConsentView(Consent consent, ConsentState state) {
    public String stateLabel() {
        return switch (state) {
            case EFFECTIVE -> "有効";
            case EXPIRED -> "期限切れ";
            case WITHDRAWN -> "取り消し済み";
            case NONE -> "なし";
        };
    }

    public boolean withdrawable() {
        return state == ConsentState.EFFECTIVE;
    }
}
