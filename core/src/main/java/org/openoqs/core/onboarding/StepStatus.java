package org.openoqs.core.onboarding;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Where a preparation step stands on a given day, measured against its latest day. */
public enum StepStatus {
    /** Completed, on or before its latest day (or it has none). */
    DONE,
    /** Completed, but after its latest day. */
    DONE_LATE,
    /** Not completed and today is past its latest day: the institution is already behind. */
    LATE,
    /** Not completed and its latest day is within the due-soon window (inclusive). */
    DUE_SOON,
    /** Not completed, with time left or no latest day at all. */
    OPEN;

    /**
     * The status of a step whose latest day is {@code latest}, completed on {@code completedOn}, seen on
     * {@code today}; due soon when the latest day is at most {@code dueSoonDays} calendar days ahead.
     */
    public static StepStatus of(Optional<LocalDate> latest, Optional<LocalDate> completedOn, LocalDate today,
                                int dueSoonDays) {
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(today, "today");
        if (completedOn.isPresent()) {
            return latest.isPresent() && completedOn.get().isAfter(latest.get()) ? DONE_LATE : DONE;
        }
        if (latest.isEmpty()) return OPEN;
        if (today.isAfter(latest.get())) return LATE;
        return latest.get().isAfter(today.plusDays(dueSoonDays)) ? OPEN : DUE_SOON;
    }

    public boolean isDone() { return this == DONE || this == DONE_LATE; }
}
