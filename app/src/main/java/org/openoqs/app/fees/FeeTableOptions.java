package org.openoqs.app.fees;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openoqs.core.fees.FeeRuleTable;
import picocli.CommandLine.Option;

/** {@code --rules FILE --thresholds FILE}: another fee table (a later 改定) instead of the bundled one. */
public class FeeTableOptions {
    @Option(names = "--rules", paramLabel = "FILE", description = "Fee-addition table (CSV, as fee-additions.csv); with --thresholds.")
    Path rules;

    @Option(names = "--thresholds", paramLabel = "FILE", description = "DX usage-threshold table (CSV, as dx-usage-thresholds.csv); with --rules.")
    Path thresholds;

    /** The table to use; a broken file fails with its name, line and column. */
    FeeRuleTable table() throws IOException {
        if (rules == null && thresholds == null) return FeeRuleTable.bundled();
        if (rules == null || thresholds == null) throw new IllegalArgumentException("give both --rules and --thresholds, or neither");
        try (Reader r = Files.newBufferedReader(rules, StandardCharsets.UTF_8);
             Reader t = Files.newBufferedReader(thresholds, StandardCharsets.UTF_8)) {
            return FeeRuleTable.read(r, rules.toString(), t, thresholds.toString());
        }
    }
}
