package org.openoqs.core.subsidy;

import java.time.LocalDate;
import org.openoqs.core.InvalidValueException;

/**
 * One row of the deadline table (oqs-rules §2.3): an institution in {@code condition} must be operating by
 * {@code runningBy} and apply by {@code applyBy}, both days included. {@code applyBy} is null where no application
 * deadline has been published: the portal cannot accept such an application yet.
 */
public record SubsidyDeadline(String deadlineId, String programme, DeferralCondition condition, LocalDate runningBy,
        LocalDate applyBy, Confidence confidence, String note) {

    public SubsidyDeadline {
        requireText("DeadlineId", deadlineId);
        requireText("Programme", programme);
        required(DeferralCondition.FIELD, condition);
        required("RunningBy", runningBy);
        required(Confidence.FIELD, confidence);
        if (applyBy != null && applyBy.isBefore(runningBy)) {
            throw new InvalidValueException("ApplyBy", applyBy.toString(), "before RunningBy " + runningBy
                    + ": an application needs the 事業完了報告書 of a running installation");
        }
        note = note == null ? "" : note;
    }

    public boolean applyByPublished() {
        return applyBy != null;
    }

    /** Operating on the {@code runningBy} day itself is in time. */
    public boolean runningInTime(LocalDate operationStartDate) {
        return !operationStartDate.isAfter(runningBy);
    }

    /** Applying on the {@code applyBy} day itself is in time; nothing is in time while no deadline is published. */
    public boolean appliedInTime(LocalDate applicationDate) {
        return applyByPublished() && !applicationDate.isAfter(applyBy);
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) throw new InvalidValueException(field, value, "required");
    }

    private static void required(String field, Object value) {
        if (value == null) throw new InvalidValueException(field, null, "required");
    }
}
