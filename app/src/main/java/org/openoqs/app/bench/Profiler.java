package org.openoqs.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording of the server process (the bench's own JVM) while one target is under load, written to
 * {@code <dir>/<name>.jfr} for JDK Mission Control, with the hottest methods (top frames of execution samples)
 * printed as a first look. The file holds the whole run of the target, JIT settling and warm-up included; the printed
 * summary counts only the measured window's samples: settling runs with a cold cache and a half-compiled server, and
 * mixed in it had made the card lookup look several times costlier than it is. Inactive when no directory is given.
 */
final class Profiler implements AutoCloseable {
    private static final int TOP = 15;
    private final Recording recording;
    private final Path file;

    private Profiler(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    static Profiler startIf(Path dir, boolean wanted, String name) throws IOException, java.text.ParseException {
        if (dir == null || !wanted) return new Profiler(null, null);
        Files.createDirectories(dir);
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.setName("oqs-bench-" + name);
        recording.start();
        return new Profiler(recording, dir.resolve(name + ".jfr"));
    }

    /**
     * Stops the recording, writes it and prints the hottest methods.
     *
     * @param from where the measured window started; samples before it are left out of the summary (null: all)
     */
    void report(PrintWriter out, Instant from) throws IOException {
        if (recording == null) return;
        recording.stop();
        recording.dump(file);
        Map<String, Integer> topFrames = new HashMap<>();
        CpuBreakdown breakdown = new CpuBreakdown();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null
                    || e.getStackTrace().getFrames().isEmpty() || (from != null && e.getStartTime().isBefore(from))) continue;
            RecordedFrame top = e.getStackTrace().getFrames().get(0);
            topFrames.merge(name(top), 1, Integer::sum);
            breakdown.add(e.getThread("sampledThread") == null ? null : e.getThread("sampledThread").getJavaName(),
                    e.getStackTrace().getFrames().stream().map(Profiler::name).toList());
            samples++;
        }
        out.println("bench: JFR recording " + file + " (" + samples + " execution samples" + (from == null ? ""
                : " in the measured window") + "); hottest methods:");
        int total = Math.max(1, samples);
        topFrames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(TOP).forEach(en -> out.println(String.format(Locale.ROOT, "  %5.1f%%  %s",
                        100.0 * en.getValue() / total, en.getKey())));
        out.println("bench: the server's CPU by component (share of execution samples):");
        breakdown.shares().forEach(en -> out.println(String.format(Locale.ROOT, "  %5.1f%%  %s", 100 * en.getValue(), en.getKey())));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    @Override
    public void close() {
        if (recording != null) recording.close();
    }
}
