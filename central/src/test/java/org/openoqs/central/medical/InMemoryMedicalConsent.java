package org.openoqs.central.medical;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.core.consent.ConsentState;

/** Test consent: states set per institution, person and category; anything not set is {@link ConsentState#NONE}. */
public final class InMemoryMedicalConsent implements MedicalInformationConsent {
    private record Key(String institutionCode, String personKey, ConsentCategory category) {}

    private final Map<Key, ConsentState> states = new ConcurrentHashMap<>();

    public InMemoryMedicalConsent set(String institutionCode, String personKey, ConsentCategory category, ConsentState state) {
        states.put(new Key(institutionCode, personKey, category), state);
        return this;
    }

    public void clear() {
        states.clear();
    }

    @Override
    public ConsentState stateOf(String institutionCode, String personKey, ConsentCategory category) {
        return states.getOrDefault(new Key(institutionCode, personKey, category), ConsentState.NONE);
    }
}
