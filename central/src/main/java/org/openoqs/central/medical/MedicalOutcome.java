package org.openoqs.central.medical;

import org.openoqs.core.consent.ConsentState;

/**
 * How a request for medical information ended. {@link #property()} names its entry under
 * {@code oqs.medical.result-codes.outcomes}.
 */
public enum MedicalOutcome {
    GRANTED("granted"),
    NO_CONSENT("no-consent"),
    CONSENT_EXPIRED("consent-expired"),
    CONSENT_WITHDRAWN("consent-withdrawn"),
    CONSENT_UNAVAILABLE("consent-unavailable"),
    NOT_FOUND("not-found"),
    MULTIPLE("multiple"),
    INVALID_INPUT("invalid-input");

    private final String property;

    MedicalOutcome(String property) {
        this.property = property;
    }

    public String property() { return property; }

    /** The outcome of a consent in this state: granted only when effective. */
    public static MedicalOutcome of(ConsentState state) {
        if (state == null) return NO_CONSENT;
        return switch (state) {
            case EFFECTIVE -> GRANTED;
            case EXPIRED -> CONSENT_EXPIRED;
            case WITHDRAWN -> CONSENT_WITHDRAWN;
            case NONE -> NO_CONSENT;
        };
    }
}
