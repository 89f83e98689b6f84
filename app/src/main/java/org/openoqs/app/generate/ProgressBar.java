package org.openoqs.app.generate;

import java.io.PrintWriter;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar redrawn in place with a carriage return, at most every {@code interval} milliseconds so
 * that ten million updates do not flood the terminal.
 */
public final class ProgressBar implements LongConsumer {
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final long total;
    private final long intervalMillis;
    private final LongSupplier clock;
    private long lastDrawn = Long.MIN_VALUE;
    private long lastDone;
    private boolean drawnAny;

    /**
     * @param clock current time in milliseconds; injectable so tests need not sleep
     */
    public ProgressBar(PrintWriter out, long total, long intervalMillis, LongSupplier clock) {
        this.out = out;
        this.total = total;
        this.intervalMillis = intervalMillis;
        this.clock = clock;
    }

    /** Records progress; redraws only if the interval has passed since the last drawing. */
    @Override
    public void accept(long done) {
        lastDone = done;
        long now = clock.getAsLong();
        if (drawnAny && now - lastDrawn < intervalMillis) return;
        lastDrawn = now;
        draw(done);
    }

    /** Draws the final state and ends the line. */
    public void finish() {
        draw(lastDone);
        out.println();
        out.flush();
    }

    /** The bar for {@code done} of the total, e.g. {@code [#######.......]  50% 1,000/2,000 persons}. */
    public String render(long done) {
        int percent = total == 0 ? 100 : (int) (done * 100 / total);
        int filled = total == 0 ? WIDTH : (int) (done * WIDTH / total);
        return String.format("[%s%s] %3d%% %,d/%,d persons", "#".repeat(filled), ".".repeat(WIDTH - filled),
                percent, done, total);
    }

    private void draw(long done) {
        drawnAny = true;
        out.print("\r" + render(done));
        out.flush();
    }
}
