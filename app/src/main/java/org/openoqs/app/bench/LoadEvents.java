package org.openoqs.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The load generator's side of its protocol with {@link LoadGeneratorProcess}: JSON lines on stdout — {@code progress}
 * (phase and the rate of the last second) once a second while a phase runs, and one {@code result} per measured
 * target — plus the timed run of a closed loop that produces them.
 */
final class LoadEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POLL_MILLIS = 50;
    /** The shortest rest of a phase worth a progress line of its own. */
    private static final long MIN_LAST_NANOS = 100_000_000L;

    private final PrintStream out;

    LoadEvents(PrintStream out) {
        this.out = out;
    }

    /**
     * Lets {@code load} run for {@code length} or until {@code stop} says so (checked every 50 ms), reporting the rate
     * of the last second once a second and that of the rest at the end; returns the {@link System#nanoTime()} it ended at.
     */
    long run(LoadDriver load, String phase, Duration length, BooleanSupplier stop) throws InterruptedException {
        long end = System.nanoTime() + length.toNanos();
        long lastCount = load.completed();
        long lastTime = System.nanoTime();
        boolean reported = false;
        while (true) {
            long now = System.nanoTime();
            boolean over = now >= end || stop.getAsBoolean();
            // Once a second, and for the rest of the phase at its end, so that a short phase shows too (at least once).
            boolean restWorthALine = over && now > lastTime && (now - lastTime >= MIN_LAST_NANOS || !reported);
            if (now - lastTime >= 1_000_000_000L || restWorthALine) {
                long count = load.completed();
                progress(phase, (count - lastCount) / ((now - lastTime) / 1e9));
                lastCount = count;
                lastTime = now;
                reported = true;
            }
            if (over) return Math.min(now, end);
            Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, (end - now) / 1_000_000)));
        }
    }

    /** Where the measured window starts: the parent takes its server CPU reading here. */
    void window() {
        emit(Map.of("event", "window"));
    }

    void progress(String phase, double rate) {
        emit(Map.of("event", "progress", "phase", phase, "rate", rate));
    }

    /** One measured target; {@code note} says what the reader must know about the window (null for nothing). */
    void result(LoadTarget target, LoadDriver.Window window, double seconds, String note) {
        result(target.label(), window, seconds, note);
    }

    /** The same for a target by its label (the blocking exchanges, e.g. {@code bulk}, are not HTTP targets). */
    void result(String target, LoadDriver.Window window, double seconds, String note) {
        LatencySummary s = window.summary(seconds);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("event", "result");
        result.put("target", target);
        result.put("pid", ProcessHandle.current().pid());
        result.put("ok", s.ok());
        result.put("errors", s.errors());
        result.put("seconds", s.seconds());
        result.put("p50Micros", s.p50Micros());
        result.put("p99Micros", s.p99Micros());
        result.put("p999Micros", s.p999Micros());
        result.put("maxMicros", s.maxMicros());
        result.put("firstError", window.firstError());
        result.put("note", note);
        emit(result);
    }

    private void emit(Map<String, Object> event) {
        try {
            String line = JSON.writeValueAsString(event);
            synchronized (out) {
                out.println(line);
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
