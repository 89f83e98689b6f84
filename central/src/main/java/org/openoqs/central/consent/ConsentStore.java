package org.openoqs.central.consent;

import java.time.LocalDateTime;
import java.util.List;
import org.openoqs.core.consent.ConsentCategory;

/** Storage of consents (SPI). */
public interface ConsentStore {

    /** Stores new consents; returns them with their ids. */
    List<Consent> insert(List<Consent> consents);

    /** The consents of this category this person gave this institution, withdrawn or not, newest first. */
    List<Consent> find(String institutionCode, String personKey, ConsentCategory category);

    /** Every consent of a person, newest first (the patient page). */
    List<Consent> findByPerson(String personKey);

    /** Marks one consent withdrawn unless it already is; true when it changed. */
    boolean withdraw(long id, String personKey, LocalDateTime at, String by);

    /** Withdraws every not yet withdrawn consent of this category for this institution and person. */
    int withdrawAll(String institutionCode, String personKey, ConsentCategory category, LocalDateTime at, String by);
}
