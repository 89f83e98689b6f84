package org.openoqs.portal.fees;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openoqs.core.fees.FeeAdditionSimulator;
import org.openoqs.core.fees.FeeRuleTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FeeBeans {
    /**
     * The bundled fee-addition tables, or files named by {@code oqs.portal.fee-rules} and
     * {@code oqs.portal.fee-thresholds}: a new 改定 is a new table, not a new release. A broken file stops the portal
     * at start-up with the file, line and column.
     */
    @Bean
    FeeRuleTable feeRuleTable(@Value("${oqs.portal.fee-rules:}") String rules,
                              @Value("${oqs.portal.fee-thresholds:}") String thresholds) {
        if (rules.isBlank() && thresholds.isBlank()) return FeeRuleTable.bundled();
        if (rules.isBlank() || thresholds.isBlank()) {
            throw new IllegalArgumentException("set both oqs.portal.fee-rules and oqs.portal.fee-thresholds, or neither");
        }
        try (Reader r = Files.newBufferedReader(Path.of(rules), StandardCharsets.UTF_8);
             Reader t = Files.newBufferedReader(Path.of(thresholds), StandardCharsets.UTF_8)) {
            return FeeRuleTable.read(r, rules, t, thresholds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fee-addition tables: " + e.getMessage(), e);
        }
    }

    @Bean
    FeeAdditionSimulator feeAdditionSimulator(FeeRuleTable table) {
        return new FeeAdditionSimulator(table);
    }
}
