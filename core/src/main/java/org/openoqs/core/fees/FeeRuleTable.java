package org.openoqs.core.fees;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;
import org.openoqs.core.subsidy.Confidence;
import org.openoqs.core.table.CsvRow;
import org.openoqs.core.table.CsvTable;
import org.openoqs.core.table.TableException;

/**
 * The fee additions as data, versioned by effective date: {@code fee-additions.csv} (one row per addition × setting ×
 * visit × variant or DX level × period) and {@code dx-usage-thresholds.csv} (the 医療DX推進体制整備加算 levels'
 * requirements by period). {@link #bundled()} covers oqs-rules §3.1–§3.5, 2022-04-01 to 2026-05-31; a later 改定 is
 * a copied table with new rows, loaded with {@link #read} (portal property {@code oqs.portal.fee-rules}, CLI
 * {@code --rules}), not a new release.
 *
 * <p>Reading checks what the simulator relies on and names the file, line and column of the first problem: unique
 * RuleId; known settings, visits, variants; windows of 1/3/6/12 months; From not after To; empty Points only for
 * Confidence U; no two rows of one addition, setting, visit and level in force together with conflicting variants
 * (the same variant, ANY with anything, two paper variants); levels covered by a threshold row on every day they are
 * in force; no two threshold rows of one level overlapping.
 */
public final class FeeRuleTable {
    public static final String RULES_RESOURCE = "fee-additions.csv";
    public static final String THRESHOLDS_RESOURCE = "dx-usage-thresholds.csv";
    static final List<String> RULE_COLUMNS = List.of("RuleId", "Addition", "AdditionName", "Label", "Setting",
            "Visit", "Variant", "DxLevel", "Points", "WindowMonths", "From", "To", "Confidence", "Source", "Note");
    static final List<String> THRESHOLD_COLUMNS = List.of("From", "To", "DxLevel", "MinimumUsageRate",
            "PediatricMinimumUsageRate", "RequiresEPrescription", "RequiresPortalConsultation", "Confidence",
            "Source", "Note");

    private final List<FeeRule> rules;
    private final List<DxUsageThreshold> thresholds;
    private final List<RulesPeriod> periods;

    private FeeRuleTable(List<FeeRule> rules, List<DxUsageThreshold> thresholds) {
        this.rules = List.copyOf(rules);
        this.thresholds = List.copyOf(thresholds);
        this.periods = List.copyOf(computePeriods());
    }

    /** The tables shipped in this package (read once). */
    public static FeeRuleTable bundled() {
        return Bundled.TABLE;
    }

    /** Reads a fee table and a threshold table; the sources name them in error messages (e.g. file names). */
    public static FeeRuleTable read(Reader rules, String rulesSource, Reader thresholds, String thresholdsSource) {
        List<DxUsageThreshold> thresholdList = readThresholds(thresholds, thresholdsSource);
        return new FeeRuleTable(readRules(rules, rulesSource, thresholdList), thresholdList);
    }

    public List<FeeRule> rules() {
        return rules;
    }

    public List<DxUsageThreshold> thresholds() {
        return thresholds;
    }

    /** The stretches of unchanged rules, in order, from the first row's From. */
    public List<RulesPeriod> periods() {
        return periods;
    }

    /** The first day any addition is in force (2022-04-01 in the bundled table). */
    public LocalDate firstDay() {
        return periods.get(0).from();
    }

    /**
     * The last day the table knows, or empty when its last rules have no end: after it the simulator carries the last
     * known rules forward and marks the result as an assumption.
     */
    public Optional<LocalDate> knownThrough() {
        return Optional.ofNullable(periods.get(periods.size() - 1).to());
    }

    /** The period containing the day, if the table covers it. */
    public Optional<RulesPeriod> periodOn(LocalDate day) {
        return periods.stream().filter(p -> p.contains(day)).findFirst();
    }

    /** The rows of a setting in force on a day, in table order. */
    public List<FeeRule> rulesOn(LocalDate day, FeeSchedule setting) {
        return rules.stream().filter(r -> r.setting() == setting && r.inForceOn(day)).toList();
    }

    /** The rows in force on a day, every setting. */
    public List<FeeRule> rulesOn(LocalDate day) {
        return rules.stream().filter(r -> r.inForceOn(day)).toList();
    }

    /** The requirements of a DX level on a day. */
    public Optional<DxUsageThreshold> threshold(int dxLevel, LocalDate day) {
        return thresholds.stream().filter(t -> t.dxLevel() == dxLevel && t.inForceOn(day)).findFirst();
    }

    public List<DxUsageThreshold> thresholdsOn(LocalDate day) {
        return thresholds.stream().filter(t -> t.inForceOn(day)).toList();
    }

    /** Every day on which something starts, or the day after something ends, bounds a period. */
    private List<RulesPeriod> computePeriods() {
        TreeSet<LocalDate> starts = new TreeSet<>();
        LocalDate lastEnd = null;
        boolean open = false;
        for (FeeRule r : rules) {
            starts.add(r.from());
            if (r.to() != null) starts.add(r.to().plusDays(1));
            open |= r.to() == null;
            if (r.to() != null && (lastEnd == null || r.to().isAfter(lastEnd))) lastEnd = r.to();
        }
        for (DxUsageThreshold t : thresholds) {
            starts.add(t.from());
            if (t.to() != null) starts.add(t.to().plusDays(1));
        }
        List<LocalDate> days = new ArrayList<>(starts);
        LocalDate end = open ? null : lastEnd;
        List<RulesPeriod> result = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate from = days.get(i);
            if (end != null && from.isAfter(end)) break;
            LocalDate to = i + 1 < days.size() ? days.get(i + 1).minusDays(1) : end;
            if (end != null && to != null && to.isAfter(end)) to = end;
            result.add(new RulesPeriod(from, to));
        }
        return result;
    }

    private static List<FeeRule> readRules(Reader reader, String source, List<DxUsageThreshold> thresholds) {
        List<FeeRule> rules = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        Map<FeeRule, Integer> lineOfRule = new HashMap<>();
        for (CsvRow row : CsvTable.read(reader, source, RULE_COLUMNS)) {
            FeeRule rule = rule(row);
            Integer first = lineOfId.putIfAbsent(rule.ruleId(), row.line());
            if (first != null) throw row.error("RuleId", "duplicate '" + rule.ruleId() + "' (first on line " + first + ")");
            requireNoConflict(row, rule, rules, lineOfRule);
            if (rule.isDxLevel()) requireThresholds(row, rule, thresholds);
            rules.add(rule);
            lineOfRule.put(rule, row.line());
        }
        if (rules.isEmpty()) throw new TableException(source, 0, null, "no rule rows");
        return rules;
    }

    private static void requireNoConflict(CsvRow row, FeeRule rule, List<FeeRule> earlier, Map<FeeRule, Integer> lines) {
        for (FeeRule other : earlier) {
            boolean sameSlot = other.addition().equals(rule.addition()) && other.setting() == rule.setting()
                    && other.visit() == rule.visit() && java.util.Objects.equals(other.dxLevel(), rule.dxLevel());
            if (sameSlot && other.variant().conflictsWith(rule.variant()) && other.overlaps(rule)) {
                throw row.error("From", "in force together with " + other.ruleId() + " (line " + lines.get(other)
                        + ") for the same addition, setting, visit and level with variant " + other.variant());
            }
        }
    }

    /** Walks the rule's days threshold by threshold; a day without one is an error at the DxLevel column. */
    private static void requireThresholds(CsvRow row, FeeRule rule, List<DxUsageThreshold> thresholds) {
        LocalDate day = rule.from();
        while (day != null && (rule.to() == null || !day.isAfter(rule.to()))) {
            LocalDate current = day;
            DxUsageThreshold t = thresholds.stream().filter(x -> x.dxLevel() == rule.dxLevel() && x.inForceOn(current))
                    .findFirst().orElseThrow(() -> row.error("DxLevel", "no usage threshold of level " + rule.dxLevel()
                            + " on " + current + " in the threshold table"));
            day = t.to() == null ? null : t.to().plusDays(1);
        }
    }

    private static FeeRule rule(CsvRow row) {
        var setting = row.parsed("Setting", FeeRule::parseSetting);
        FeeVisit visit = row.parsed("Visit", FeeVisit::parse);
        FeeVariant variant = row.parsed("Variant", FeeVariant::parse);
        Confidence confidence = row.parsed("Confidence", Confidence::parse);
        Integer dxLevel = row.optionalCount("DxLevel");
        Integer points = row.optionalCount("Points");
        int window = row.count("WindowMonths");
        return row.build(() -> new FeeRule(row.text("RuleId"), row.text("Addition"), row.text("AdditionName"),
                row.text("Label"), setting, visit, variant, dxLevel, points, window, row.date("From"),
                row.optionalDate("To"), confidence, row.text("Source"), row.optionalText("Note")));
    }

    private static List<DxUsageThreshold> readThresholds(Reader reader, String source) {
        List<DxUsageThreshold> thresholds = new ArrayList<>();
        Map<DxUsageThreshold, Integer> lines = new HashMap<>();
        for (CsvRow row : CsvTable.read(reader, source, THRESHOLD_COLUMNS)) {
            DxUsageThreshold t = threshold(row);
            for (DxUsageThreshold other : thresholds) {
                if (other.dxLevel() == t.dxLevel() && overlap(other, t)) {
                    throw row.error("From", "level " + t.dxLevel() + " already has a threshold on these days (line "
                            + lines.get(other) + ")");
                }
            }
            thresholds.add(t);
            lines.put(t, row.line());
        }
        thresholds.sort(Comparator.comparing(DxUsageThreshold::from).thenComparing(DxUsageThreshold::dxLevel));
        return thresholds;
    }

    private static boolean overlap(DxUsageThreshold a, DxUsageThreshold b) {
        return (a.to() == null || !b.from().isAfter(a.to())) && (b.to() == null || !a.from().isAfter(b.to()));
    }

    private static DxUsageThreshold threshold(CsvRow row) {
        Confidence confidence = row.parsed("Confidence", Confidence::parse);
        int level = row.count("DxLevel");
        var minimum = Percent.toShare(row.decimal("MinimumUsageRate", 2));
        var pediatric = row.optionalDecimal("PediatricMinimumUsageRate", 2);
        boolean ePrescription = row.flag("RequiresEPrescription");
        boolean portal = row.flag("RequiresPortalConsultation");
        return row.build(() -> new DxUsageThreshold(row.date("From"), row.optionalDate("To"), level, minimum,
                pediatric == null ? null : Percent.toShare(pediatric), ePrescription, portal, confidence,
                row.text("Source"), row.optionalText("Note")));
    }

    /** Bundled tables are read on first use; a broken bundled table is a build error, caught by the tests. */
    private static final class Bundled {
        static final FeeRuleTable TABLE = read(reader(RULES_RESOURCE), RULES_RESOURCE, reader(THRESHOLDS_RESOURCE),
                THRESHOLDS_RESOURCE);
    }

    static Reader reader(String resource) {
        InputStream in = FeeRuleTable.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("bundled table missing from the classpath: " + resource);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
