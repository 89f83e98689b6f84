package org.openoqs.wire.intake;

import static org.openoqs.wire.intake.DrugDispensingColumn.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.function.Function;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.date.OqsDates;
import org.openoqs.core.medical.DrugCode;
import org.openoqs.core.medical.DrugDispensing;
import org.openoqs.core.number.MedicalInstitutionCode;

/**
 * Turns one line of {@code drug-dispensings.csv} into a {@link DrugDispensing} (with {@code seq} 1; the intake
 * numbers repeated drugs), reporting every bad field of the line. Besides each field's own rules: MeTrMonth, when
 * given, must be the month of DiDate (claims are per month of care), and PrDate must not come after DiDate.
 */
final class DrugDispensingRowMapper implements IntakeCsvReader.Mapper<DrugDispensingColumn, DrugDispensing> {
    static final int MAX_NAME = 200;
    static final int MAX_UNIT = 40;
    /** Qua1 fits DECIMAL(15,5): 10 digits before and 5 after the point. */
    static final int QUANTITY_DIGITS = 10;
    static final int QUANTITY_SCALE = 5;
    static final int MAX_TIMES = 9999;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuuMM").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public IntakeLine<DrugDispensing> map(long line, Function<DrugDispensingColumn, String> raw) {
        IntakeFields<DrugDispensingColumn> f = new IntakeFields<>(line, raw);
        String personKey = f.personKey(PersonKey);
        LocalDate diDate = f.date(DiDate);
        YearMonth month = f.parse(MeTrMonth, DrugDispensingRowMapper::month);
        MedicalInstitutionCode institution = f.parse(MeTrDiHCd, MedicalInstitutionCode::parse);
        String institutionName = f.text(MeTrDiHNm, MAX_NAME);
        var inOut = f.code(InOut, org.openoqs.core.medical.InOut.class);
        DrugCode drug = f.parse(DrugC, DrugCode::parse);
        String drugName = f.text(DrugN, MAX_NAME);
        String ingredient = f.text(IngreN, MAX_NAME);
        BigDecimal quantity = f.positiveDecimal(Qua1, QUANTITY_DIGITS, QUANTITY_SCALE);
        String unit = f.text(Unit, MAX_UNIT);
        String usage = f.text(UsageN, MAX_NAME);
        Integer times = f.positiveInteger(Times, MAX_TIMES);
        String instruction = f.text(SpInst, MAX_NAME);
        LocalDate prescribed = f.date(PrDate);
        checkDates(f, diDate, month, prescribed);
        return f.result(() -> new DrugDispensing(personKey, diDate, month, institution, institutionName, inOut, drug,
                drugName, ingredient, quantity, unit, usage, times, instruction, prescribed, 1));
    }

    private static YearMonth month(String raw) {
        String value = raw.strip();
        try {
            if (value.length() != 6) throw new DateTimeParseException("length", value, 0);
            return YearMonth.parse(value, MONTH);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("MeTrMonth", raw, "must be a month yyyyMM");
        }
    }

    private static void checkDates(IntakeFields<DrugDispensingColumn> f, LocalDate diDate, YearMonth month, LocalDate prescribed) {
        if (diDate == null) return;
        if (month != null && !month.equals(YearMonth.from(diDate))) {
            f.error(MeTrMonth, month.format(MONTH), "is not the month of DiDate " + OqsDates.format(diDate));
        }
        if (prescribed != null && prescribed.isAfter(diDate)) {
            f.error(PrDate, OqsDates.format(prescribed), "is after DiDate " + OqsDates.format(diDate));
        }
    }
}
