package org.openoqs.portal.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.core.fees.FeeRuleTable;
import org.openoqs.core.table.TableException;

/** The override tables a portal can be pointed at, so a new 改定 needs no release. */
class FeeBeansTest {
    @TempDir Path dir;
    final FeeBeans beans = new FeeBeans();

    @Test
    void withoutPropertiesTheBundledTableIsUsed() {
        assertThat(beans.feeRuleTable("", "")).isSameAs(FeeRuleTable.bundled());
    }

    @Test
    void readsBothFilesWhenGiven() throws Exception {
        Path rules = copy(FeeRuleTable.RULES_RESOURCE, "\nNEW-2606,DX_PROMOTION,医療DX推進体制整備加算,加算1,MEDICAL,FIRST,ANY,"
                + ",99,1,2026-06-01,2028-05-31,U,test,a later 改定\n");
        Path thresholds = copy(FeeRuleTable.THRESHOLDS_RESOURCE, "");
        FeeRuleTable table = beans.feeRuleTable(rules.toString(), thresholds.toString());
        assertThat(table.knownThrough()).hasValueSatisfying(d -> assertThat(d).hasToString("2028-05-31"));
    }

    @Test
    void aBrokenFileNamesItsLine() throws Exception {
        Path rules = copy(FeeRuleTable.RULES_RESOURCE, "BROKEN,1,2\n");
        Path thresholds = copy(FeeRuleTable.THRESHOLDS_RESOURCE, "");
        assertThatThrownBy(() -> beans.feeRuleTable(rules.toString(), thresholds.toString()))
                .isInstanceOf(TableException.class).hasMessageContaining(rules + " line ");
    }

    @Test
    void bothFilesOrNeither() {
        assertThatThrownBy(() -> beans.feeRuleTable("rules.csv", "")).isInstanceOf(IllegalArgumentException.class);
    }

    private Path copy(String resource, String extra) throws Exception {
        String text;
        try (var in = FeeRuleTable.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = dir.resolve(resource);
        Files.writeString(file, text + extra, StandardCharsets.UTF_8);
        return file;
    }
}
