package org.openoqs.app.generate.medical;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.openoqs.core.code.Sex;

/**
 * A person's 特定健診 over the 5-year window: at most one checkup per fiscal year (April–March) while they are 40 to
 * 74 [C] (the 特定健診 age range), mostly between May and December. About 60 % of people take part nearly every year,
 * the rest seldom, for an overall rate near the real ~56 %. Each person has a physique (height, BMI) and, from their
 * chronic conditions, raised blood pressure, lipids or glucose; values drift a little year to year. Distributions
 * are rough shapes of 国民健康・栄養調査 figures, for plausibility only.
 */
final class CheckupHistory {
    static final int YEARS = 5;
    private static final int FIRST_AGE = 40;
    private static final int LAST_AGE = 74;
    private static final int[] MONTH_WEIGHTS = {0, 6, 10, 12, 10, 10, 12, 14, 10, 8, 4, 4}; // April … March

    private final LocalDate referenceDate;

    CheckupHistory(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    /** The person's lines, oldest checkup first. */
    List<CheckupLine> lines(PatientProfile person, Set<ChronicCondition> conditions, SplittableRandom random) {
        List<CheckupLine> lines = new ArrayList<>();
        LocalDate from = referenceDate.minusYears(YEARS).plusDays(1);
        LocalDate to = person.lastDay(referenceDate);
        double propensity = random.nextDouble() < 0.6 ? 0.9 : 0.15;
        Physique physique = Physique.of(person.sex(), random);
        for (int year = fiscalYear(from); year <= fiscalYear(to); year++) {
            LocalDate day = checkupDay(year, random);
            int age = person.ageOn(day);
            if (day.isBefore(from) || day.isAfter(to) || age < FIRST_AGE || age > LAST_AGE) continue;
            if (random.nextDouble() >= propensity) continue;
            new Checkup(person, day, age, physique, conditions, random).addTo(lines);
        }
        return lines;
    }

    private static int fiscalYear(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    private static LocalDate checkupDay(int fiscalYear, SplittableRandom random) {
        int total = 0;
        for (int w : MONTH_WEIGHTS) total += w;
        int ticket = random.nextInt(total);
        int i = 0;
        while (ticket >= MONTH_WEIGHTS[i]) ticket -= MONTH_WEIGHTS[i++];
        LocalDate first = LocalDate.of(fiscalYear, 4, 1).plusMonths(i);
        return first.plusDays(random.nextInt(first.lengthOfMonth()));
    }

    /** A person's build, fixed across the years. */
    private record Physique(double height, double bmi, double lipidBias, double liverBias) {
        static Physique of(Sex sex, SplittableRandom random) {
            boolean male = sex == Sex.MALE;
            double height = (male ? 170.5 : 157.5) + random.nextGaussian() * (male ? 5.8 : 5.3);
            double bmi = Math.max(16, Math.min(40, (male ? 24.0 : 22.3) + random.nextGaussian() * (male ? 3.3 : 3.5)));
            return new Physique(height, bmi, random.nextGaussian(), random.nextGaussian());
        }
    }

    /** One checkup's values. */
    private record Checkup(PatientProfile person, LocalDate day, int age, Physique physique,
                           Set<ChronicCondition> conditions, SplittableRandom random) {

        void addTo(List<CheckupLine> lines) {
            boolean male = person.sex() == Sex.MALE;
            double height = physique.height() - 0.1 * (age - FIRST_AGE) + random.nextGaussian() * 0.3;
            double bmi = physique.bmi() + random.nextGaussian() * 0.5;
            double weight = bmi * Math.pow(height / 100, 2);
            double waist = (male ? 85 : 80) + (bmi - (male ? 24 : 22.3)) * 2.6 + random.nextGaussian() * 3;
            boolean hypertension = conditions.contains(ChronicCondition.HYPERTENSION);
            double systolic = 112 + 0.45 * (age - FIRST_AGE) + 1.3 * (bmi - 23) + (male ? 4 : 0) + (hypertension ? 14 : 0)
                    + random.nextGaussian() * 11;
            double diastolic = 0.55 * systolic + 5 + random.nextGaussian() * 6;
            boolean lipids = conditions.contains(ChronicCondition.DYSLIPIDAEMIA);
            double triglyceride = (male ? 110 : 80) * Math.exp(0.45 * random.nextGaussian() + 0.05 * (bmi - 23) + 0.1 * physique.lipidBias());
            double hdl = (male ? 56 : 67) - 1.2 * (bmi - 23) + random.nextGaussian() * 11;
            double ldl = 118 + (!male && age >= 50 ? 12 : 0) + (lipids ? 10 : 0) + 12 * physique.lipidBias() + random.nextGaussian() * 22;
            double alt = (male ? 22 : 15) * Math.exp(0.4 * random.nextGaussian() + 0.06 * (bmi - 23) + 0.15 * physique.liverBias());
            double ast = 0.55 * alt + 10 + random.nextGaussian() * 3;
            double ggt = (male ? 30 : 17) * Math.exp(0.5 * random.nextGaussian() + 0.25 * physique.liverBias());
            boolean diabetes = conditions.contains(ChronicCondition.DIABETES);
            double hba1c = diabetes ? 6.9 + random.nextGaussian() * 0.6
                    : 5.4 + 0.01 * (age - FIRST_AGE) + 0.03 * (bmi - 23) + random.nextGaussian() * 0.22;
            double glucose = diabetes ? 135 + random.nextGaussian() * 22 : 90 + 0.25 * (age - FIRST_AGE) + 1.4 * (bmi - 23)
                    + random.nextGaussian() * 7;
            add(lines, CheckupItem.HEIGHT, height, 1);
            add(lines, CheckupItem.WEIGHT, weight, 1);
            add(lines, CheckupItem.BMI, weight / Math.pow(height / 100, 2), 1);
            add(lines, CheckupItem.WAIST, waist, 1);
            add(lines, CheckupItem.SYSTOLIC, clamp(systolic, 85, 210), 0);
            add(lines, CheckupItem.DIASTOLIC, clamp(diastolic, 45, 130), 0);
            add(lines, CheckupItem.TRIGLYCERIDE, clamp(triglyceride, 25, 1200), 0);
            add(lines, CheckupItem.HDL, clamp(hdl, 22, 130), 0);
            add(lines, CheckupItem.LDL, clamp(ldl, 40, 280), 0);
            add(lines, CheckupItem.AST, clamp(ast, 8, 300), 0);
            add(lines, CheckupItem.ALT, clamp(alt, 4, 400), 0);
            add(lines, CheckupItem.GGT, clamp(ggt, 6, 900), 0);
            add(lines, CheckupItem.FASTING_GLUCOSE, clamp(glucose, 65, 350), 0);
            add(lines, CheckupItem.HBA1C, clamp(hba1c, 4.2, 13), 1);
            grade(lines, CheckupItem.URINE_GLUCOSE, glucose > 200 ? 3 + random.nextInt(2) : glucose > 170 ? 2 : 1);
            double p = random.nextDouble();
            grade(lines, CheckupItem.URINE_PROTEIN, p < 0.85 ? 1 : p < 0.95 ? 2 : p < 0.99 ? 3 : 4);
        }

        private void add(List<CheckupLine> lines, CheckupItem item, double value, int decimals) {
            String text = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
            lines.add(new CheckupLine(person.personKey(), day, item, text, null));
        }

        private void grade(List<CheckupLine> lines, CheckupItem item, int code) {
            lines.add(new CheckupLine(person.personKey(), day, item, String.valueOf(code), CheckupItem.URINE_GRADES[code - 1]));
        }

        private static double clamp(double value, double min, double max) {
            return Math.max(min, Math.min(max, value));
        }
    }
}
