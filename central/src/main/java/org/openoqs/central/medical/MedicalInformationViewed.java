package org.openoqs.central.medical;

import java.time.Instant;
import org.openoqs.core.consent.ConsentCategory;

/**
 * Published (Spring {@code ApplicationEventPublisher}) for every answer to an institution's request for medical
 * information, granted or refused: the seam for the audit trail.
 *
 * @param at when the answer was given
 * @param institutionCode the calling institution as the transport established it (as received when malformed)
 * @param personKey the person resolved from the request; null when none or several matched or the request was invalid
 * @param category {@code PHARMACISTS_INFO} (YZK) or {@code SPECIFIC_HEALTH_CHECKUPS_INFO} (TKK)
 * @param outcomeCode the ResultCode answered: {@code 1} granted, otherwise the refusal's code
 * @param entryCount drug lines or checkup items disclosed; 0 when refused
 */
public record MedicalInformationViewed(Instant at, String institutionCode, String personKey, ConsentCategory category,
                                       String outcomeCode, int entryCount) {
}
