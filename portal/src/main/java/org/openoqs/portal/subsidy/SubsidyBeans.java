package org.openoqs.portal.subsidy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openoqs.core.subsidy.SubsidyRuleTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SubsidyBeans {
    /**
     * The bundled rule and deadline tables, or files named by {@code oqs.portal.subsidy-rules} and
     * {@code oqs.portal.subsidy-deadlines}: a new programme is a new table, not new code.
     */
    @Bean
    SubsidyRuleTable subsidyRuleTable(@Value("${oqs.portal.subsidy-rules:}") String rules,
                                      @Value("${oqs.portal.subsidy-deadlines:}") String deadlines) {
        if (rules.isBlank() && deadlines.isBlank()) return SubsidyRuleTable.bundled();
        if (rules.isBlank() || deadlines.isBlank()) {
            throw new IllegalArgumentException("set both oqs.portal.subsidy-rules and oqs.portal.subsidy-deadlines, or neither");
        }
        try (Reader r = Files.newBufferedReader(Path.of(rules), StandardCharsets.UTF_8);
             Reader d = Files.newBufferedReader(Path.of(deadlines), StandardCharsets.UTF_8)) {
            return SubsidyRuleTable.read(r, rules, d, deadlines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the subsidy tables: " + e.getMessage(), e);
        }
    }
}
