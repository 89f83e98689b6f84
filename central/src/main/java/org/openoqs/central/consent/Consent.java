package org.openoqs.central.consent;

import java.time.LocalDateTime;
import org.openoqs.core.consent.CareSetting;
import org.openoqs.core.consent.ConsentCategory;

/**
 * A consent the patient gave at the card reader: to one institution, for one category. {@code availableTime} null
 * means until withdrawn (入院, 訪問診療) or a 提供同意; {@code withdrawnAt} is set when the patient withdrew it or a later
 * card reading at the same institution answered 同意しない.
 */
public record Consent(long id, String institutionCode, String personKey, ConsentCategory category,
                      CareSetting careSetting, LocalDateTime consTime, LocalDateTime availableTime,
                      LocalDateTime withdrawnAt, String withdrawnBy) {
}
