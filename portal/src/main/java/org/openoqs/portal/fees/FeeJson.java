package org.openoqs.portal.fees;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.openoqs.core.fees.DxLevelChoice;
import org.openoqs.core.fees.DxUsageThreshold;
import org.openoqs.core.fees.FeeLine;
import org.openoqs.core.fees.FeeRule;
import org.openoqs.core.fees.FeeRuleTable;
import org.openoqs.core.fees.FeeScenario;
import org.openoqs.core.fees.FeeSimulation;
import org.openoqs.core.fees.MonthlyFee;
import org.openoqs.core.fees.Percent;
import org.openoqs.core.fees.RulesPeriod;

/**
 * The JSON the API (and {@code ./oqs fees --json}) answers with: explicit views, so the wire format is stable whatever the domain records grow. Keys
 * follow the table's column names (lower camel case); shares are in percent, amounts in yen, dates ISO.
 */
public final class FeeJson {
    private FeeJson() {}

    public record Period(LocalDate from, LocalDate to) {
        public static Period of(RulesPeriod p) {
            return p == null ? null : new Period(p.from(), p.to());
        }
    }

    public record Rule(String ruleId, String addition, String additionName, String label, String setting, String visit,
                String variant, Integer dxLevel, Integer points, int windowMonths, String window, LocalDate from,
                LocalDate to, String confidence, String source, String note) {
        public static Rule of(FeeRule r) {
            return new Rule(r.ruleId(), r.addition(), r.additionName(), r.label(), r.setting().name(), r.visit().name(),
                    r.variant().name(), r.dxLevel(), r.points(), r.windowMonths(), r.windowLabel(), r.from(), r.to(),
                    r.confidence().name(), r.source(), r.note());
        }
    }

    public record Threshold(LocalDate from, LocalDate to, int dxLevel, BigDecimal minimumUsageRatePercent,
                     BigDecimal pediatricMinimumUsageRatePercent, boolean requiresEPrescription,
                     boolean requiresPortalConsultation, String confidence, String source, String note) {
        public static Threshold of(DxUsageThreshold t) {
            return new Threshold(t.from(), t.to(), t.dxLevel(), Percent.ofShare(t.minimumUsageRate()),
                    t.pediatricMinimumUsageRate() == null ? null : Percent.ofShare(t.pediatricMinimumUsageRate()),
                    t.requiresEPrescription(), t.requiresPortalConsultation(), t.confidence().name(), t.source(), t.note());
        }
    }

    public record PeriodRules(LocalDate from, LocalDate to, List<String> ruleIds) {}

    public record Rules(LocalDate firstDay, LocalDate knownThrough, List<PeriodRules> periods, List<Rule> rules,
                 List<Threshold> thresholds) {
        public static Rules of(FeeRuleTable table) {
            List<PeriodRules> periods = table.periods().stream().map(p -> new PeriodRules(p.from(), p.to(),
                    table.rulesOn(p.from()).stream().map(FeeRule::ruleId).toList())).toList();
            return new Rules(table.firstDay(), table.knownThrough().orElse(null), periods,
                    table.rules().stream().map(Rule::of).toList(), table.thresholds().stream().map(Threshold::of).toList());
        }
    }

    public record Line(String ruleId, String name, String visit, String variant, Integer dxLevel, int points, int windowMonths,
                String window, BigDecimal patientsPerUnit, BigDecimal pointsPerUnit, String confidence, String source) {
        public static Line of(FeeLine l) {
            FeeRule r = l.rule();
            return new Line(r.ruleId(), r.displayName(), r.visit().name(), r.variant().name(), r.dxLevel(), r.points(),
                    r.windowMonths(), r.windowLabel(), plain(l.patientsPerUnit()), plain(l.pointsPerUnit()),
                    r.confidence().name(), r.source());
        }
    }

    public record Dx(Integer level, String ruleId, boolean reached, boolean pointsUnknown, String explanation) {
        public static Dx of(DxLevelChoice c) {
            return new Dx(c.level(), c.rule() == null ? null : c.rule().ruleId(), c.reached(), c.pointsUnknown(),
                    c.explanation());
        }
    }

    public record Scenario(BigDecimal cardRatePercent, List<Line> lines, Dx dx, BigDecimal pointsPerDay,
                    BigDecimal pointsPerMonth, Long yenPerDay, long yenPerMonth, long yenPerYear, long averageYenPerMonth) {
        public static Scenario of(FeeScenario s) {
            return new Scenario(Percent.ofShare(s.cardRate()), s.lines().stream().map(Line::of).toList(), Dx.of(s.dx()),
                    s.pointsPerDay(), s.pointsPerMonth(), s.yenPerDay(), s.yenPerMonth(), s.yenPerYear(),
                    s.averageYenPerMonth());
        }
    }

    public record Simulation(String setting, LocalDate date, boolean wholeMonth, LocalDate rulesDate, Period period,
                      boolean beyondKnownRules, String rounding, String counting, String windows, Scenario atCardRate,
                      Scenario allPaper, List<String> assumptions, List<String> warnings, List<String> notSimulated) {
        public static Simulation of(FeeSimulation s) {
            var in = s.input();
            return new Simulation(in.setting().name(), in.date(), in.wholeMonth(), s.rulesDate(), Period.of(s.period()),
                    s.beyondKnownRules(), in.rounding().name(), in.counting().name(), in.windows().name(),
                    Scenario.of(s.atCardRate()), Scenario.of(s.allPaper()), s.assumptions(), s.warnings(),
                    s.notSimulated().stream().map(FeeRule::ruleId).toList());
        }
    }

    public record Month(YearMonth month, LocalDate periodFrom, LocalDate periodTo, boolean periodStarts,
                 boolean beyondKnownRules, long atCardRateYen, long allPaperYen, List<String> additions) {
        public static Month of(MonthlyFee m) {
            return new Month(m.month(), m.period() == null ? null : m.period().from(),
                    m.period() == null ? null : m.period().to(), m.periodStarts(), m.beyondKnownRules(),
                    m.atCardRateYen(), m.allPaperYen(), m.additions());
        }
    }

    public record Series(String setting, YearMonth month, YearMonth until, LocalDate knownThrough, List<Month> months) {}

    public record Problem(int status, String error, String field, String message, java.util.Map<String, String> problems) {}

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
