package org.openoqs.app.progress;

import java.io.PrintWriter;
import java.util.function.LongConsumer;

/**
 * A one-line progress bar on stderr for long work (generation, intake, bench). Redraws in place at most a few times
 * a second; when stderr is not a terminal (CI logs) it prints a plain line at each 10 % instead, so logs stay short.
 */
public final class ProgressBar implements AutoCloseable, LongConsumer {
    private static final long REDRAW_NANOS = 200_000_000L;
    private final PrintWriter out;
    private final String label;
    private final long total;
    private final String unit;
    private final boolean interactive;
    private final long started = System.nanoTime();
    private long lastDraw;
    private int lastDecile = -1;
    private long current;

    public ProgressBar(String label, long total, String unit) {
        this(new PrintWriter(System.err, true), label, total, unit, System.console() != null);
    }

    /** @param interactive redraw in place (a terminal) rather than print a line per 10 % (logs, tests) */
    public ProgressBar(PrintWriter out, String label, long total, String unit, boolean interactive) {
        this.out = out;
        this.label = label;
        this.total = total;
        this.unit = unit;
        this.interactive = interactive;
    }

    @Override
    public void accept(long done) {
        update(done);
    }

    public synchronized void update(long done) {
        current = done;
        long now = System.nanoTime();
        if (interactive) {
            if (now - lastDraw >= REDRAW_NANOS) {
                lastDraw = now;
                out.print("\r" + line());
                out.flush();
            }
        } else if (total > 0) {
            int decile = (int) Math.min(10, done * 10 / total);
            if (decile > lastDecile) {
                lastDecile = decile;
                out.println(line());
            }
        }
    }

    String line() {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        String rate = String.format("%,.0f %s/s", current / seconds, unit);
        if (total <= 0) return String.format("%s %,d %s (%s)", label, current, unit, rate);
        int percent = (int) Math.min(100, current * 100 / total);
        int filled = percent / 4;
        return String.format("%s [%s%s] %3d%% %,d/%,d %s (%s)", label, "#".repeat(filled), ".".repeat(25 - filled),
                percent, current, total, unit, rate);
    }

    @Override
    public synchronized void close() {
        if (interactive) {
            out.print("\r" + line());
            out.println();
        } else if (lastDecile < 10) {
            out.println(line());
        }
        out.flush();
    }
}
