package org.openoqs.core.fees;

import java.math.BigDecimal;
import org.openoqs.core.InvalidValueException;

/**
 * The eligible patients (加算対象) the additions are counted on. A clinic (医科/歯科) gives 初診 and 再診 patients per
 * 診療日 and the 診療日 per month, as the leaflet's clinic model does; a pharmacy gives eligible patients per month
 * (the leaflet: 795 of 1,200, the month's first visits). Averages may be fractional.
 */
public record PatientMix(BigDecimal firstVisitsPerDay, BigDecimal revisitsPerDay, Integer daysPerMonth,
                         BigDecimal patientsPerMonth) {
    public static final String FIRST_VISITS_PER_DAY = "firstVisitsPerDay";
    public static final String REVISITS_PER_DAY = "revisitsPerDay";
    public static final String DAYS_PER_MONTH = "daysPerMonth";
    public static final String PATIENTS_PER_MONTH = "patientsPerMonth";

    public PatientMix {
        boolean clinic = firstVisitsPerDay != null || revisitsPerDay != null || daysPerMonth != null;
        if (clinic) {
            requireCount(FIRST_VISITS_PER_DAY, firstVisitsPerDay);
            requireCount(REVISITS_PER_DAY, revisitsPerDay);
            if (daysPerMonth == null) throw new InvalidValueException(DAYS_PER_MONTH, null, "required");
            if (daysPerMonth < 1 || daysPerMonth > 31) {
                throw new InvalidValueException(DAYS_PER_MONTH, daysPerMonth.toString(), "must be 1 to 31");
            }
            if (patientsPerMonth != null) {
                throw new InvalidValueException(PATIENTS_PER_MONTH, patientsPerMonth.toPlainString(),
                        "a clinic counts patients per day");
            }
        } else {
            requireCount(PATIENTS_PER_MONTH, patientsPerMonth);
        }
    }

    public static PatientMix clinic(BigDecimal firstVisitsPerDay, BigDecimal revisitsPerDay, int daysPerMonth) {
        return new PatientMix(firstVisitsPerDay, revisitsPerDay, daysPerMonth, null);
    }

    public static PatientMix pharmacy(BigDecimal patientsPerMonth) {
        return new PatientMix(null, null, null, patientsPerMonth);
    }

    /** Counted per 診療日 (true) or per month (false, pharmacies). */
    public boolean isClinic() {
        return patientsPerMonth == null;
    }

    /** Eligible patients per counting unit (day for clinics, month for pharmacies) for a visit kind. */
    public BigDecimal perUnit(FeeVisit visit) {
        return switch (visit) {
            case FIRST -> isClinic() ? firstVisitsPerDay : BigDecimal.ZERO;
            case REVISIT -> isClinic() ? revisitsPerDay : BigDecimal.ZERO;
            case DISPENSING -> isClinic() ? BigDecimal.ZERO : patientsPerMonth;
            case HOME -> BigDecimal.ZERO;
        };
    }

    /** Counting units per month: the 診療日 for a clinic, 1 for a pharmacy. */
    public int unitsPerMonth() {
        return isClinic() ? daysPerMonth : 1;
    }

    private static void requireCount(String field, BigDecimal count) {
        if (count == null) throw new InvalidValueException(field, null, "required");
        if (count.signum() < 0) throw new InvalidValueException(field, count.toPlainString(), "negative");
    }
}
