package org.openoqs.core.consent;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * When a consent given at the card reader stops opening information. A 閲覧同意 in a per-visit setting
 * ({@link CareSetting#untilWithdrawn()} false) expires {@link #perVisitValidity()} after {@code ConsTime} (24 hours by
 * default [C] oqs-rules §6.4; the reference's sample has AvailableTime = ConsTime + 24 h); one given for inpatient care
 * or home visits has no {@code AvailableTime} and lasts until withdrawn. 提供同意 (限度額, 特定疾病) is read with the
 * qualification itself and carries no {@code AvailableTime}.
 */
public record ConsentPolicy(Duration perVisitValidity) {

    public static final ConsentPolicy DEFAULT = new ConsentPolicy(Duration.ofHours(24));

    public ConsentPolicy {
        Objects.requireNonNull(perVisitValidity, "perVisitValidity");
        if (perVisitValidity.isNegative() || perVisitValidity.isZero()) {
            throw new IllegalArgumentException("perVisitValidity must be positive: " + perVisitValidity);
        }
    }

    /** The {@code AvailableTime} of a consent, or null when it lasts until withdrawn (or is a 提供同意). */
    public LocalDateTime availableTime(ConsentCategory category, CareSetting setting, LocalDateTime consTime) {
        if (!category.viewing() || setting.untilWithdrawn()) return null;
        return consTime.plus(perVisitValidity);
    }

    /** The state of a recorded consent at {@code now}. */
    public ConsentState stateAt(LocalDateTime availableTime, LocalDateTime withdrawnAt, LocalDateTime now) {
        if (withdrawnAt != null && !withdrawnAt.isAfter(now)) return ConsentState.WITHDRAWN;
        if (availableTime != null && !availableTime.isAfter(now)) return ConsentState.EXPIRED;
        return ConsentState.EFFECTIVE;
    }
}
