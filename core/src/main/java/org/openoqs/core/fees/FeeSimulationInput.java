package org.openoqs.core.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;

/**
 * What the simulator is asked: which setting, when, how many eligible patients, how many of them use a マイナ保険証,
 * the institution's 医療DX facts, and how to round and count windows.
 *
 * @param date       the day whose rules apply; for a whole month ({@code wholeMonth}) the month's last day, so a
 *                   change on the 2nd (2024-12-02) governs its month — the simulator says so when that happens
 * @param cardRate   the share (0–1) of eligible patients who present a マイナ保険証 and consent (the leaflet: 42.4%)
 * @param rounding   null: the leaflet's step for the setting ({@link RoundingStep#defaultFor})
 */
public record FeeSimulationInput(FeeSchedule setting, LocalDate date, boolean wholeMonth, PatientMix mix,
                                 BigDecimal cardRate, CardRateCounting counting, DxFacts dx, RoundingStep rounding,
                                 WindowAssumption windows) {
    public static final String SETTING = "setting";
    public static final String MONTH = "month";
    public static final String CARD_RATE = "cardRate";

    public FeeSimulationInput {
        if (setting == null) throw new InvalidValueException(SETTING, null, "required");
        if (date == null) throw new InvalidValueException(MONTH, null, "required");
        if (mix == null) throw new InvalidValueException(PatientMix.PATIENTS_PER_MONTH, null, "required");
        if (mix.isClinic() == (setting == FeeSchedule.PHARMACY)) {
            throw new InvalidValueException(mix.isClinic() ? PatientMix.PATIENTS_PER_MONTH : PatientMix.FIRST_VISITS_PER_DAY,
                    null, setting == FeeSchedule.PHARMACY ? "a pharmacy gives eligible patients per month"
                            : "a clinic gives 初診 and 再診 patients per day and 診療日 per month");
        }
        if (cardRate == null) throw new InvalidValueException(CARD_RATE, null, "required");
        if (cardRate.signum() < 0 || cardRate.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException(CARD_RATE, cardRate.toPlainString(), "must be a share between 0 and 1");
        }
        if (counting == null) counting = CardRateCounting.EVERY_PATIENT;
        if (dx == null) dx = DxFacts.notFiled();
        if (rounding == null) rounding = RoundingStep.defaultFor(setting);
        if (rounding == RoundingStep.DAY && !mix.isClinic()) {
            throw new InvalidValueException(RoundingStep.FIELD, "DAY", "a pharmacy counts per month: use MONTH or NONE");
        }
        if (windows == null) windows = WindowAssumption.RECURRING_PATIENTS;
    }

    /** The inputs for a whole month. */
    public static FeeSimulationInput forMonth(FeeSchedule setting, YearMonth month, PatientMix mix, BigDecimal cardRate,
                                              CardRateCounting counting, DxFacts dx, RoundingStep rounding,
                                              WindowAssumption windows) {
        return new FeeSimulationInput(setting, month.atEndOfMonth(), true, mix, cardRate, counting, dx, rounding, windows);
    }

    /** The same inputs for a whole other month. */
    public FeeSimulationInput withMonth(YearMonth month) {
        return new FeeSimulationInput(setting, month.atEndOfMonth(), true, mix, cardRate, counting, dx, rounding, windows);
    }

    /** The same inputs for one day's rules. */
    public FeeSimulationInput onDay(LocalDate day) {
        return new FeeSimulationInput(setting, day, false, mix, cardRate, counting, dx, rounding, windows);
    }

    public FeeSimulationInput withRounding(RoundingStep step) {
        return new FeeSimulationInput(setting, date, wholeMonth, mix, cardRate, counting, dx, step, windows);
    }

    public FeeSimulationInput withCardRate(BigDecimal rate, CardRateCounting newCounting) {
        return new FeeSimulationInput(setting, date, wholeMonth, mix, rate, newCounting, dx, rounding, windows);
    }

    public FeeSimulationInput withDx(DxFacts facts) {
        return new FeeSimulationInput(setting, date, wholeMonth, mix, cardRate, counting, facts, rounding, windows);
    }

    public FeeSimulationInput withWindows(WindowAssumption assumption) {
        return new FeeSimulationInput(setting, date, wholeMonth, mix, cardRate, counting, dx, rounding, assumption);
    }

    public YearMonth month() {
        return YearMonth.from(date);
    }
}
