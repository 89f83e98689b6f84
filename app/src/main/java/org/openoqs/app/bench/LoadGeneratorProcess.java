package org.openoqs.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import org.openoqs.app.OqsCommand;

/**
 * Runs {@link LoadGeneratorCommand} in a new JVM with this process's class path, reads its JSON lines and turns the
 * final one into a {@link LatencySummary}. Started from the Spring Boot fat jar ({@code ./oqs}) the child is that jar
 * again ({@code java -jar}); from a plain class path (tests, IDE) it is {@code java -cp … OqsCommand}.
 */
public final class LoadGeneratorProcess {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The child holds the key sample (up to a million keys, ~250 MB), histograms and Netty's buffers. */
    private static final List<String> JVM_OPTIONS = List.of("-Xms256m", "-Xmx1g", "-Dfile.encoding=UTF-8");

    /**
     * What the child reported for one target: its pid, the window it measured, the first error and a note on the
     * window (e.g. that prepared requests ran out), the last two null when there is nothing to say; and the server-side
     * CPU used in that window ({@link ServerCpu}) and when the window started, as this process saw it (both null when
     * the child did not say where the window started).
     */
    public record Outcome(String target, long pid, LatencySummary summary, String firstError, String note,
                          ServerCpu.Usage serverCpu, Instant windowStartedAt) {
        public Outcome(String target, long pid, LatencySummary summary, String firstError, String note) {
            this(target, pid, summary, firstError, note, null, null);
        }

        /** Server CPU µs per answered request (or unit) in the window, or null when not measured. */
        public Double serverCpuMicrosPerRequest() {
            return serverCpu == null ? null : serverCpu.microsPerRequest(summary.ok());
        }
    }

    /**
     * One progress line: the phase (warmup, measure, …) and the responses per second of the last second; for phase
     * {@code jit} ({@link #settleJit}) the ms the server's JIT compiled in the last {@link JitSettling#WINDOW}.
     */
    public record Progress(String phase, double rate) {}

    private LoadGeneratorProcess() {}

    /**
     * How long each phase of a target lasts: up to {@code jitSettle} at low concurrency until the server's JIT is quiet
     * ({@link JitSettling}; zero skips it), then, at full concurrency, one request for each of the first {@code prime}
     * keys ({@link KeyedRequests}; zero skips it), {@code warmup} and the measured {@code duration}.
     */
    public record Phases(Duration jitSettle, int prime, Duration warmup, Duration duration) {
        public Phases {
            if (prime < 0) throw new IllegalArgumentException("keys to prime must not be negative: " + prime);
        }

        /** No priming pass. */
        public Phases(Duration jitSettle, Duration warmup, Duration duration) {
            this(jitSettle, 0, warmup, duration);
        }

        /** The same phases with a priming pass over {@code keys} keys. */
        public Phases priming(int keys) {
            return new Phases(jitSettle, keys, warmup, duration);
        }
    }

    /** Runs a target that reports one result. */
    public static Outcome run(String url, LoadTarget target, Path keys, int connections, Phases phases,
                              Consumer<Progress> progress) throws IOException, InterruptedException {
        return run(url, target.label(), List.of(), keys, connections, phases, progress);
    }

    /**
     * Runs a target that reports one result.
     *
     * @param target  an HTTP {@link LoadTarget}'s label or another of {@link LoadGeneratorCommand}'s targets
     * @param options that target's own options, e.g. {@code --records 10000}
     */
    public static Outcome run(String url, String target, List<String> options, Path keys, int connections, Phases phases,
                              Consumer<Progress> progress) throws IOException, InterruptedException {
        List<Outcome> outcomes = runAll(url, target, options, keys, connections, phases, progress);
        if (outcomes.size() != 1) throw new IllegalStateException(target + " reported " + outcomes.size() + " results");
        return outcomes.get(0);
    }

    /**
     * Runs {@code target} and returns every result the child reported, in order ({@code card-confirm} reports
     * {@code card-challenge} first).
     *
     * @param keys  the key file of a keyed target, else null
     * @param cards the card wallet of {@code card-confirm}, else null
     */
    public static List<Outcome> runAll(String url, LoadTarget target, Path keys, Path cards, int connections,
                                       Phases phases, Consumer<Progress> progress) throws IOException, InterruptedException {
        return runAll(url, target.label(), cards == null ? List.of() : List.of("--cards", cards.toString()), keys,
                connections, phases, progress);
    }

    private static List<Outcome> runAll(String url, String target, List<String> options, Path keys, int connections,
                                        Phases phases, Consumer<Progress> progress) throws IOException, InterruptedException {
        if (!phases.jitSettle().isZero()) settleJit(url, target, options, keys, connections, phases.jitSettle(), progress);
        Process child = new ProcessBuilder(measuredCommand(url, target, options, keys, connections, phases))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            List<Outcome> outcomes = read(child, progress);
            int exit = child.waitFor();
            if (outcomes.isEmpty() || exit != 0) {
                throw new IllegalStateException("the load generator (pid " + child.pid() + ") ended with exit code " + exit
                        + " after " + outcomes.size() + " result(s); its stderr is above");
            }
            return outcomes;
        } finally {
            if (child.isAlive()) {
                child.destroy();
                child.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    /** The child that primes (if asked), warms up and measures; the JIT-settling child never primes. */
    static List<String> measuredCommand(String url, String target, List<String> options, Path keys, int connections,
                                        Phases phases) throws IOException {
        List<String> measured = new ArrayList<>(options);
        if (phases.prime() > 0) measured.addAll(List.of("--prime", String.valueOf(phases.prime())));
        return command(url, target, measured, keys, connections, phases.warmup(), phases.duration());
    }

    private static List<String> command(String url, String target, List<String> options, Path keys, int connections,
                                        Duration warmup, Duration duration) throws IOException {
        List<String> command = new ArrayList<>(javaLauncher());
        command.addAll(List.of("bench", "load", "--url", url, "--target", target,
                "--connections", String.valueOf(connections),
                "--warmup", BenchDurations.format(warmup), "--duration", BenchDurations.format(duration)));
        if (keys != null) command.addAll(List.of("--keys", keys.toString()));
        command.addAll(options);
        return command;
    }

    /**
     * Drives the target at {@link JitSettling#concurrency} until this JVM's JIT is quiet or {@code max} has passed,
     * reporting the compilation of the last window as phase {@code jit}; what the load generator measures meanwhile is
     * discarded. The JIT is judged only while load flows (the child's latest progress line is not the card target's
     * {@code sign} phase, and there was one): while the child starts and reads its keys, or signs challenges between
     * card rounds, the server compiles nothing and would look settled.
     */
    private static void settleJit(String url, String target, List<String> options, Path keys, int connections,
                                  Duration max, Consumer<Progress> progress) throws IOException, InterruptedException {
        JitSettling jit = JitSettling.ofThisJvm();
        if (jit == null) return;
        Process child = new ProcessBuilder(command(url, target, options, keys, JitSettling.concurrency(connections),
                max.plusSeconds(5), Duration.ofSeconds(1))).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        AtomicReference<String> phase = new AtomicReference<>();
        Thread reader = new Thread(() -> drain(child, phase), "oqs-bench-jit-settle");
        reader.setDaemon(true);
        reader.start();
        try {
            long deadline = System.nanoTime() + max.toNanos();
            while (child.isAlive() && System.nanoTime() < deadline) {
                child.waitFor(1, TimeUnit.SECONDS);
                if (phase.get() == null || phase.get().equals("sign")) {
                    jit.restart();
                } else if (jit.settled(System.nanoTime() / 1_000_000)) {
                    return;
                } else {
                    progress.accept(new Progress("jit", jit.recentCompileMillis()));
                }
            }
        } finally {
            child.destroy();
            if (!child.waitFor(5, TimeUnit.SECONDS)) child.destroyForcibly();
        }
    }

    /** Reads the child's output to its end, keeping the phase of its latest progress line in {@code phase}. */
    private static void drain(Process child, AtomicReference<String> phase) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith("{")) continue;
                JsonNode event = JSON.readTree(line);
                if (event.path("event").asText().equals("progress")) phase.set(event.path("phase").asText());
            }
        } catch (IOException e) {
            // the child was stopped; nothing more to read
        }
    }

    private static List<Outcome> read(Process child, Consumer<Progress> progress) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        ServerCpu.Reading windowStart = null;
        Instant windowStartedAt = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith("{")) continue; // anything else a library printed
                JsonNode event = JSON.readTree(line);
                switch (event.path("event").asText()) {
                    case "progress" -> progress.accept(new Progress(event.path("phase").asText(), event.path("rate").asDouble()));
                    case "window" -> {
                        windowStart = ServerCpu.read();
                        windowStartedAt = Instant.now();
                    }
                    case "result" -> {
                        outcomes.add(withCpu(outcome(event), windowStart, windowStartedAt));
                        windowStart = null; // a second result without a window of its own gets no CPU figure
                    }
                    default -> { }
                }
            }
        }
        return outcomes;
    }

    private static Outcome withCpu(Outcome o, ServerCpu.Reading windowStart, Instant startedAt) {
        return windowStart == null ? o
                : new Outcome(o.target(), o.pid(), o.summary(), o.firstError(), o.note(), ServerCpu.read().since(windowStart),
                        startedAt);
    }

    static Outcome outcome(JsonNode r) {
        LatencySummary s = new LatencySummary(r.path("ok").asLong(), r.path("errors").asLong(), r.path("seconds").asDouble(),
                r.path("p50Micros").asLong(), r.path("p99Micros").asLong(), r.path("p999Micros").asLong(),
                r.path("maxMicros").asLong());
        return new Outcome(r.path("target").asText(), r.path("pid").asLong(), s, text(r.path("firstError")), text(r.path("note")));
    }

    private static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    /** {@code java [options] -jar openoqs.jar} or {@code java [options] -cp <class path> OqsCommand}. */
    static List<String> javaLauncher() throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(JVM_OPTIONS);
        if (isSpringBootJar(classPath)) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, OqsCommand.class.getName()));
        }
        return command;
    }

    /** A fat jar keeps the classes under BOOT-INF, where {@code -cp} cannot see them. */
    static boolean isSpringBootJar(String classPath) throws IOException {
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) return false;
        try (JarFile jar = new JarFile(classPath)) {
            var manifest = jar.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue("Spring-Boot-Classes") != null;
        }
    }
}
