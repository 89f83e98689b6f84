package org.openoqs.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableExceptionTest {

    @Test
    void namesSourceLineAndColumn() {
        TableException e = new TableException("subsidy-rules.csv", 7, "GrantCap",
                "not a whole number of yen: '32.1万'");
        assertThat(e).hasMessage("subsidy-rules.csv line 7, column GrantCap: not a whole number of yen: '32.1万'");
        assertThat(e.source()).isEqualTo("subsidy-rules.csv");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.column()).isEqualTo("GrantCap");
        assertThat(e.reason()).startsWith("not a whole number");
    }

    @Test
    void leavesOutWhatIsNotKnown() {
        assertThat(new TableException("r.csv", 3, null, "expected 16 fields"))
                .hasMessage("r.csv line 3: expected 16 fields");
        assertThat(new TableException("r.csv", 0, null, "no rule rows")).hasMessage("r.csv: no rule rows");
    }
}
