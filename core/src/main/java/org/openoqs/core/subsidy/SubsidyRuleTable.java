package org.openoqs.core.subsidy;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openoqs.core.table.CsvTable;
import org.openoqs.core.table.CsvRow;
import org.openoqs.core.table.TableException;

/**
 * The subsidy rules and deadlines as data: a new programme or top-up is a new table, loaded with
 * {@link #read}, not new code. {@link #bundled()} holds the 医療情報化支援基金 (FY2020–2022) from oqs-rules §2.1–2.3,
 * with the reference's confidence per row and a comment line for every fact it leaves unknown.
 *
 * <p>Reading checks everything the calculator relies on, and names the source, line and column of the first
 * problem: whole yen, ISO dates, rates between 0 and 1 with a positive denominator, windows whose start is not after
 * their end, reader counts on 病院 rows only, unique RuleId and DeadlineId, one deadline per programme and condition,
 * and deadlines only for programmes that have rules.
 */
public final class SubsidyRuleTable {
    public static final String RULES_RESOURCE = "subsidy-rules.csv";
    public static final String DEADLINES_RESOURCE = "subsidy-deadlines.csv";

    static final List<String> RULE_COLUMNS = List.of("RuleId", "Programme", "Version", "Category", "ReaderCount",
            "OrderedFrom", "OrderedTo", "VendorContractBy", "StartFrom", "StartTo", "CostCap", "RateNumerator",
            "RateDenominator", "GrantCap", "Confidence", "Note");
    static final List<String> DEADLINE_COLUMNS = List.of("DeadlineId", "Programme", "Condition", "RunningBy",
            "ApplyBy", "Confidence", "Note");

    private final List<SubsidyRule> rules;
    private final List<SubsidyDeadline> deadlines;

    private SubsidyRuleTable(List<SubsidyRule> rules, List<SubsidyDeadline> deadlines) {
        this.rules = List.copyOf(rules);
        this.deadlines = List.copyOf(deadlines);
    }

    /** The tables shipped in this package (read once). */
    public static SubsidyRuleTable bundled() {
        return Bundled.TABLE;
    }

    /** Reads a rule table and a deadline table; the sources name them in error messages (e.g. a file name). */
    public static SubsidyRuleTable read(Reader rules, String rulesSource, Reader deadlines, String deadlinesSource) {
        List<SubsidyRule> ruleList = readRules(rules, rulesSource);
        Set<String> programmes = ruleList.stream().map(SubsidyRule::programme).collect(Collectors.toSet());
        return new SubsidyRuleTable(ruleList, readDeadlines(deadlines, deadlinesSource, programmes));
    }

    /** The rules in table order (the order breaks the last ties, see {@link SubsidyCalculator}). */
    public List<SubsidyRule> rules() {
        return rules;
    }

    public List<SubsidyDeadline> deadlines() {
        return deadlines;
    }

    /**
     * The table's version: the highest Version value of its rules, e.g. {@code 2022-08}. It says which published
     * terms the table reflects; it does not fingerprint the content, so an edited table must get a new Version.
     */
    public String version() {
        return rules.stream().map(SubsidyRule::version).max(Comparator.naturalOrder()).orElseThrow().toString();
    }

    /** The deadline row of a programme for an institution in {@code condition}. */
    public Optional<SubsidyDeadline> deadline(String programme, DeferralCondition condition) {
        return deadlines.stream()
                .filter(d -> d.programme().equals(programme) && d.condition() == condition)
                .findFirst();
    }

    /**
     * The largest reader count any row of the category names (0 when none do): a 病院 with more readers is counted
     * as having that many, so the bundled table's 3-reader rows cover 4 and more [U].
     */
    int largestReaderCount(SubsidyCategory category) {
        return rules.stream().filter(r -> r.category() == category && r.readerCount() != null)
                .mapToInt(SubsidyRule::readerCount).max().orElse(0);
    }

    private static List<SubsidyRule> readRules(Reader reader, String source) {
        List<SubsidyRule> rules = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        for (CsvRow row : CsvTable.read(reader, source, RULE_COLUMNS)) {
            SubsidyRule rule = rule(row);
            requireFirst(row, "RuleId", rule.ruleId(), lineOfId);
            rules.add(rule);
        }
        if (rules.isEmpty()) throw new TableException(source, 0, null, "no rule rows");
        return rules;
    }

    private static List<SubsidyDeadline> readDeadlines(Reader reader, String source, Set<String> programmes) {
        List<SubsidyDeadline> deadlines = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        Map<String, Integer> lineOfCondition = new HashMap<>();
        for (CsvRow row : CsvTable.read(reader, source, DEADLINE_COLUMNS)) {
            SubsidyDeadline deadline = deadline(row);
            requireFirst(row, "DeadlineId", deadline.deadlineId(), lineOfId);
            requireFirst(row, "Condition", deadline.programme() + " " + deadline.condition(), lineOfCondition);
            if (!programmes.contains(deadline.programme())) {
                throw row.error("Programme", "no rule of this programme: '" + deadline.programme() + "'");
            }
            deadlines.add(deadline);
        }
        return deadlines;
    }

    private static void requireFirst(CsvRow row, String column, String key, Map<String, Integer> firstLines) {
        Integer first = firstLines.putIfAbsent(key, row.line());
        if (first != null) throw row.error(column, "duplicate '" + key + "' (first on line " + first + ")");
    }

    private static SubsidyRule rule(CsvRow row) {
        SubsidyCategory category = row.parsed("Category", SubsidyCategory::parse);
        Confidence confidence = row.parsed("Confidence", Confidence::parse);
        YearMonth version = row.month("Version");
        return row.build(() -> new SubsidyRule(row.text("RuleId"), row.text("Programme"), version, category,
                row.optionalCount("ReaderCount"), row.optionalDate("OrderedFrom"), row.optionalDate("OrderedTo"),
                row.optionalDate("VendorContractBy"), row.optionalDate("StartFrom"), row.optionalDate("StartTo"),
                row.yen("CostCap"), new Rate(row.count("RateNumerator"), row.count("RateDenominator")),
                row.yen("GrantCap"), confidence, row.optionalText("Note")));
    }

    private static SubsidyDeadline deadline(CsvRow row) {
        DeferralCondition condition = row.parsed("Condition", DeferralCondition::parse);
        Confidence confidence = row.parsed("Confidence", Confidence::parse);
        return row.build(() -> new SubsidyDeadline(row.text("DeadlineId"), row.text("Programme"), condition,
                row.date("RunningBy"), row.optionalDate("ApplyBy"), confidence,
                row.optionalText("Note")));
    }

    /** Bundled tables are read on first use; a broken bundled table is a build error, caught by the tests. */
    private static final class Bundled {
        static final SubsidyRuleTable TABLE = read(reader(RULES_RESOURCE), RULES_RESOURCE,
                reader(DEADLINES_RESOURCE), DEADLINES_RESOURCE);
    }

    static Reader reader(String resource) {
        InputStream in = SubsidyRuleTable.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("bundled table missing from the classpath: " + resource);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
