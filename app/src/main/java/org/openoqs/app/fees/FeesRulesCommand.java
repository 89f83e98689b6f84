package org.openoqs.app.fees;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.openoqs.core.fees.DxUsageThreshold;
import org.openoqs.core.fees.FeeRule;
import org.openoqs.core.fees.FeeRuleTable;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;
import org.openoqs.core.table.TableException;
import org.openoqs.portal.fees.FeeJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code oqs fees rules [--month yyyy-MM] [--setting S]}: the fee table, whole or the rows in force in a month. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Print the fee-addition rules table and the DX thresholds.")
public class FeesRulesCommand implements Callable<Integer> {
    @Option(names = "--month", paramLabel = "yyyy-MM", description = "Only the rows in force in this month (its last day's rules).")
    YearMonth month;

    @Option(names = "--setting", paramLabel = "MEDICAL|DENTAL|PHARMACY", description = "Only this setting's rows.")
    FeeSchedule setting;

    @Option(names = "--json", description = "Print the table as the portal's /api/fees/rules does.")
    boolean json;

    @Mixin FeeTableOptions tableOptions;

    @Override
    public Integer call() throws Exception {
        FeeRuleTable table;
        try {
            table = tableOptions.table();
        } catch (TableException | IllegalArgumentException | IOException e) {
            System.err.println("cannot use the fee tables: " + e.getMessage());
            return FeesCommand.BAD_INPUT;
        }
        if (json) {
            FeePrinting.json(System.out, FeeJson.Rules.of(table));
            return 0;
        }
        LocalDate asked = month == null ? null : month.atEndOfMonth();
        // Beyond the known rules, show the last known ones, as the simulator carries them forward.
        LocalDate day = asked == null ? null : table.knownThrough().filter(asked::isAfter).orElse(asked);
        List<FeeRule> rules = table.rules().stream().filter(r -> day == null || r.inForceOn(day))
                .filter(r -> setting == null || r.setting() == setting).toList();
        List<DxUsageThreshold> thresholds = day == null ? table.thresholds() : table.thresholdsOn(day);
        System.out.println("規則表: " + table.firstDay() + " – " + table.knownThrough().map(Object::toString).orElse("")
                + (day == null ? "" : "  （" + month + " に有効な行）"));
        if (asked != null && !asked.equals(day)) {
            System.out.println("注意: " + month + " の規則は分かっていません。最後に分かっている " + day + " の規則を表示します（仮定）");
        }
        rules.forEach(r -> FeePrinting.rule(System.out, r));
        System.out.println("医療DX推進体制整備加算の利用率要件:");
        thresholds.forEach(t -> FeePrinting.threshold(System.out, t));
        return 0;
    }
}
