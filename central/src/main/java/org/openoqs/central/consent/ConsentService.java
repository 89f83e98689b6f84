package org.openoqs.central.consent;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openoqs.central.medical.MedicalInformationConsent;
import org.openoqs.core.consent.CareSetting;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.core.consent.ConsentPolicy;
import org.openoqs.core.consent.ConsentState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the consent answers of a card reading and decides, on the server, whether a consent currently opens a
 * category of a person's information to an institution. Nothing leaves central without this check.
 *
 * <p>Rules: a consent opens information only to the institution it was given to, until its AvailableTime
 * ({@link ConsentPolicy}) or until withdrawn. A later reading at the same institution that answers 同意しない ends the
 * earlier consents of that category there (changing a consent needs the card read again, oqs-rules §6.4 [C]); a
 * patient can withdraw any consent on the patient page.
 */
@Service
public class ConsentService implements MedicalInformationConsent {
    /** withdrawn_by values. */
    public static final String BY_PATIENT = "PATIENT", BY_REREAD = "REREAD";

    private final ConsentStore store;
    private final ConsentPolicy policy;
    private final Clock clock;

    public ConsentService(ConsentStore store, ConsentPolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Stores the answers of one card reading at {@code consTime}.
     *
     * @param answers true = 同意する; categories not asked are absent
     * @return the consents given now, with their AvailableTime
     */
    @Transactional
    public List<Consent> recordCardReading(String institutionCode, String personKey, CareSetting setting,
                                           Map<ConsentCategory, Boolean> answers, LocalDateTime at) {
        // Whole seconds, as OQS writes them (yyyyMMddHHmmss); a database that rounds sub-seconds up could otherwise
        // store a time later than "now" and keep a withdrawn consent effective for a moment.
        LocalDateTime consTime = at.truncatedTo(ChronoUnit.SECONDS);
        List<Consent> given = new ArrayList<>();
        answers.forEach((category, yes) -> {
            if (yes) {
                given.add(new Consent(0, institutionCode, personKey, category, setting, consTime,
                        policy.availableTime(category, setting, consTime), null, null));
            } else {
                store.withdrawAll(institutionCode, personKey, category, consTime, BY_REREAD);
            }
        });
        return store.insert(given);
    }

    /** Whether a consent of {@code category} opens the person's information to the institution now. */
    @Override
    public ConsentState stateOf(String institutionCode, String personKey, ConsentCategory category) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Consent> consents = store.find(institutionCode, personKey, category);
        if (consents.isEmpty()) return ConsentState.NONE;
        for (Consent c : consents) {
            if (policy.stateAt(c.availableTime(), c.withdrawnAt(), now) == ConsentState.EFFECTIVE) {
                return ConsentState.EFFECTIVE;
            }
        }
        Consent newest = consents.get(0);
        return policy.stateAt(newest.availableTime(), newest.withdrawnAt(), now);
    }

    /** A consent's state now (for display). */
    public ConsentState stateOf(Consent consent) {
        return policy.stateAt(consent.availableTime(), consent.withdrawnAt(), LocalDateTime.now(clock));
    }

    /** Every consent the person gave, newest first. */
    public List<Consent> consentsOf(String personKey) {
        return store.findByPerson(personKey);
    }

    /** The patient withdraws one of their own consents; false when it is not theirs or already withdrawn. */
    @Transactional
    public boolean withdrawByPatient(String personKey, long consentId) {
        return store.withdraw(consentId, personKey, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), BY_PATIENT);
    }
}
