package org.openoqs.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void rendersPercentageAndCounts() {
        ProgressBar bar = new ProgressBar(new PrintWriter(new StringWriter()), 2_000, 250, () -> 0);
        assertThat(bar.render(1_000)).isEqualTo("[###############...............]  50% 1,000/2,000 persons");
    }

    @Test
    void redrawsInPlaceAtMostOncePerInterval() {
        StringWriter out = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(out), 100, 250, now::get);
        for (int i = 1; i <= 100; i++) {
            bar.accept(i);
            now.addAndGet(10);
        }
        bar.finish();
        // 1000 ms of updates at 250 ms intervals: draws at 0, 250, 500, 750 plus the final one.
        assertThat(out.toString().chars().filter(c -> c == '\r').count()).isEqualTo(5);
        assertThat(out.toString()).endsWith("100% 100/100 persons" + System.lineSeparator());
    }
}
