package org.openoqs.portal.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.fees.CardRateCounting;
import org.openoqs.core.fees.DxFacts;
import org.openoqs.core.fees.FeeSimulationInput;
import org.openoqs.core.fees.LeafletModelCase;
import org.openoqs.core.fees.PatientMix;
import org.openoqs.core.fees.Percent;
import org.openoqs.core.fees.RoundingStep;
import org.openoqs.core.fees.WindowAssumption;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;
import org.openoqs.portal.web.FormProblems;
import org.openoqs.portal.web.FormRejectedException;

/**
 * Turns a {@link FeeForm} into the simulator's input, collecting a Japanese message per bad field (named as in the
 * form and the JSON API) so the page and the API can say exactly what to fix.
 */
final class FeeRequestParser {
    /** The simulator's field names where the form's differ (shares are entered in percent). */
    private static final Map<String, String> FORM_FIELD = Map.of("cardRate", "cardRatePercent",
            "usageRate", "usageRatePercent");
    private static final BigDecimal MAX_PATIENTS = BigDecimal.valueOf(1_000_000);

    private FeeRequestParser() {}

    /** The form, expanded from its model case when it names one. */
    static FeeForm expand(FeeForm form) {
        if (form.model() == null || form.model().isBlank()) return form;
        try {
            return FeeForm.preset(LeafletModelCase.parse(form.model())).overriddenBy(form);
        } catch (InvalidValueException e) {
            throw FormRejectedException.of("model", "model は clinic または pharmacy です");
        }
    }

    static FeeSimulationInput parse(FeeForm raw) {
        FeeForm form = expand(raw);
        FormProblems problems = new FormProblems();
        FeeSchedule setting = setting(form.setting(), problems);
        LocalDate day = day(form, problems);
        PatientMix mix = setting == null ? null : mix(form, setting, problems);
        BigDecimal cardRate = share("cardRatePercent", form.cardRatePercent(), true, problems);
        BigDecimal usageRate = share("usageRatePercent", form.usageRatePercent(), false, problems);
        CardRateCounting counting = optional("counting", form.counting(), CardRateCounting::parse, problems);
        RoundingStep rounding = optional("rounding", form.rounding(), RoundingStep::parse, problems);
        WindowAssumption windows = optional("windows", form.windows(), WindowAssumption::parse, problems);
        problems.throwIfAny();
        DxFacts dx = new DxFacts(FeeForm.checked(form.dxFiled()), FeeForm.checked(form.ePrescription()),
                FeeForm.checked(form.portalConsultation()), FeeForm.checked(form.pediatric()), usageRate);
        boolean wholeMonth = form.date() == null || form.date().isBlank();
        try {
            return new FeeSimulationInput(setting, day, wholeMonth, mix, cardRate, counting, dx, rounding, windows);
        } catch (InvalidValueException e) {
            throw FormRejectedException.of(FORM_FIELD.getOrDefault(e.field(), e.field()), e.getMessage());
        }
    }

    /** The series' last month: as given, else the later of the simulated month and {@code thisMonth}. */
    static YearMonth until(FeeForm form, FeeSimulationInput input, YearMonth thisMonth) {
        if (form.until() == null || form.until().isBlank()) {
            return input.month().isAfter(thisMonth) ? input.month() : thisMonth;
        }
        try {
            YearMonth until = YearMonth.parse(form.until().strip());
            if (until.isBefore(YearMonth.of(2022, 4)) || until.isAfter(YearMonth.of(2040, 12))) {
                throw FormRejectedException.of("until", "until は 2022-04 から 2040-12 までの年月です");
            }
            return until;
        } catch (DateTimeParseException e) {
            throw FormRejectedException.of("until", "until は yyyy-MM 形式の年月です");
        }
    }

    private static FeeSchedule setting(String raw, FormProblems problems) {
        try {
            return FeeSchedule.valueOf(raw == null ? "" : raw.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            problems.add("setting", "setting は MEDICAL（医科）・DENTAL（歯科）・PHARMACY（薬局）のいずれかです");
            return null;
        }
    }

    private static LocalDate day(FeeForm form, FormProblems problems) {
        if (form.date() != null && !form.date().isBlank()) {
            try {
                return LocalDate.parse(form.date().strip());
            } catch (DateTimeParseException e) {
                problems.add("date", "date は yyyy-MM-dd 形式の日付です");
                return null;
            }
        }
        try {
            YearMonth month = YearMonth.parse(form.month() == null ? "" : form.month().strip());
            if (month.getYear() < 2000 || month.getYear() > 2100) throw new DateTimeParseException("range", "", 0);
            return month.atEndOfMonth();
        } catch (DateTimeParseException e) {
            problems.add("month", "month は yyyy-MM 形式の年月です（例 2025-10）");
            return null;
        }
    }

    private static PatientMix mix(FeeForm form, FeeSchedule setting, FormProblems problems) {
        if (setting == FeeSchedule.PHARMACY) {
            BigDecimal patients = count("patientsPerMonth", form.patientsPerMonth(), problems);
            return patients == null ? null : PatientMix.pharmacy(patients);
        }
        BigDecimal first = count("firstVisitsPerDay", form.firstVisitsPerDay(), problems);
        BigDecimal revisits = count("revisitsPerDay", form.revisitsPerDay(), problems);
        Integer days = days(form.daysPerMonth(), problems);
        return first == null || revisits == null || days == null ? null : PatientMix.clinic(first, revisits, days);
    }

    private static BigDecimal count(String field, String raw, FormProblems problems) {
        BigDecimal value = decimal(raw);
        if (value == null || value.signum() < 0 || value.compareTo(MAX_PATIENTS) > 0) {
            problems.add(field, field + " は 0 以上の人数です（小数可）");
            return null;
        }
        return value;
    }

    private static Integer days(String raw, FormProblems problems) {
        BigDecimal value = decimal(raw);
        if (value == null || value.scale() > 0 || value.intValue() < 1 || value.intValue() > 31) {
            problems.add("daysPerMonth", "daysPerMonth は 1〜31 の整数です");
            return null;
        }
        return value.intValue();
    }

    private static BigDecimal share(String field, String raw, boolean required, FormProblems problems) {
        if (raw == null || raw.isBlank()) {
            if (required) problems.add(field, field + " は 0〜100 の数値（%）です");
            return null;
        }
        BigDecimal percent = decimal(raw);
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(field, field + " は 0〜100 の数値（%）です");
            return null;
        }
        return Percent.toShare(percent);
    }

    private static <T> T optional(String field, String raw, java.util.function.Function<String, T> parser,
                                  FormProblems problems) {
        if (raw == null || raw.isBlank()) return null;
        try {
            return parser.apply(raw);
        } catch (InvalidValueException e) {
            problems.add(field, field + ": " + e.reason());
            return null;
        }
    }

    private static BigDecimal decimal(String raw) {
        if (raw == null || !raw.strip().matches("[0-9]{1,9}(\\.[0-9]{1,6})?")) return null;
        return new BigDecimal(raw.strip());
    }
}
