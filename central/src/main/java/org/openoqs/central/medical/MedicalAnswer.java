package org.openoqs.central.medical;

import java.time.LocalDateTime;
import java.util.List;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.core.date.DateRange;

/**
 * The answer to an institution's request for one category of a person's medical information: granted with the
 * entries of {@code range}, or refused with the reason. {@code resultCode} and {@code messageContents} are what the
 * result file carries ({@link MedicalResultCodes}).
 *
 * @param person the person; null when not resolved
 * @param range the days answered (the request's period within the retention window); null when refused or when the
 *     period lies wholly outside the window
 * @param answeredAt Japan time, as ProcessExecutionTime
 */
public record MedicalAnswer<T>(ConsentCategory category, MedicalOutcome outcome, String resultCode, String messageContents,
                               MedicalPerson person, DateRange range, List<T> entries, LocalDateTime answeredAt) {
    public MedicalAnswer {
        entries = List.copyOf(entries);
    }

    public boolean granted() {
        return outcome == MedicalOutcome.GRANTED;
    }
}
