package org.openoqs.app.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void logModePrintsOneLinePerTenthAndTheEnd() {
        StringWriter out = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(out), "loading", 1_000, "rows", false)) {
            for (int i = 1; i <= 1_000; i++) bar.update(i);
        }
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(11);
        assertThat(lines[0]).startsWith("loading [").contains("  0% 1/1,000 rows");
        assertThat(lines[10]).contains("100% 1,000/1,000 rows").contains("#".repeat(25));
    }

    @Test
    void unknownTotalShowsACountAndRate() {
        StringWriter out = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(out), "uploading", 0, "bytes", true);
        bar.update(12_345);
        assertThat(bar.line()).startsWith("uploading 12,345 bytes (").endsWith("bytes/s)");
    }

    @Test
    void interactiveModeRedrawsInPlace() {
        StringWriter out = new StringWriter();
        try (ProgressBar bar = new ProgressBar(new PrintWriter(out), "x", 10, "rows", true)) {
            bar.update(5);
        }
        assertThat(out.toString()).startsWith("\rx [").endsWith("\n").contains(" 50% 5/10 rows");
    }
}
