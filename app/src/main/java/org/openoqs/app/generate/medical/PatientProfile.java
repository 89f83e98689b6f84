package org.openoqs.app.generate.medical;

import java.time.LocalDate;
import org.openoqs.app.generate.Municipality;
import org.openoqs.core.code.Prefecture;
import org.openoqs.core.code.Sex;

/**
 * What the medical-history generator knows of a person, read back from {@code qualifications.csv}: key, birth date,
 * sex, where they live, and the day they died (the DisqualificationDate of a record lost by 死亡), if they did.
 */
public record PatientProfile(String personKey, LocalDate birthdate, Sex sex, Prefecture prefecture,
                             Municipality municipality, LocalDate deathDate) {

    public int ageOn(LocalDate date) {
        return org.openoqs.app.generate.InsuranceCalendar.age(birthdate, date);
    }

    /** The last day the person can have been treated: the day before death, or {@code referenceDate}. */
    public LocalDate lastDay(LocalDate referenceDate) {
        return deathDate == null || deathDate.isAfter(referenceDate) ? referenceDate : deathDate.minusDays(1);
    }
}
