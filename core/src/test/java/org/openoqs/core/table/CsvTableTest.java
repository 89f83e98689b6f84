package org.openoqs.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
    private static final List<String> COLUMNS = List.of("Id", "Amount");

    @Test
    void skipsCommentsAndBlankLinesAndKeepsPhysicalLineNumbers() {
        List<CsvRow> rows = read("\uFEFF# a comment\n\nId,Amount\n  # indented comment\nA, 1 \n\nB,2\n");
        assertThat(rows).extracting(CsvRow::line).containsExactly(5, 7);
        assertThat(rows.get(0).values()).containsEntry("Id", "A").containsEntry("Amount", "1");
    }

    @Test
    void acceptsColumnsInAnyOrder() {
        assertThat(read("Amount,Id\n1,A").get(0).values()).containsEntry("Id", "A");
    }

    @Test
    void headerMustHoldExactlyTheExpectedColumns() {
        assertProblem("Id\nA", "t.csv line 1, column Amount: missing from the header");
        assertProblem("# c\nId,Amount,Extra\nA,1,x", "t.csv line 2, column Extra: unknown column");
        assertProblem("Id,Amount,Id\nA,1,B", "t.csv line 1, column Id: repeated column");
    }

    @Test
    void everyRowHasAsManyFieldsAsTheHeader() {
        assertProblem("Id,Amount\nA,1\nB", "t.csv line 3: expected 2 comma-separated fields as in the header, found 1");
        assertProblem("Id,Amount\nA,1,000",
                "t.csv line 2: expected 2 comma-separated fields as in the header, found 3");
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertProblem("# only a comment\n\n", "t.csv: no header line");
    }

    private static List<CsvRow> read(String text) {
        return CsvTable.read(new StringReader(text), "t.csv", COLUMNS);
    }

    private static void assertProblem(String text, String message) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(TableException.class).hasMessage(message);
    }
}
