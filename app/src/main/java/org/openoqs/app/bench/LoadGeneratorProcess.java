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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
     * What the child reported: its pid and the window it measured, and the server-side CPU used in that window
     * ({@link ServerCpu}; null when the child never said where the window started).
     */
    public record Outcome(long pid, LatencySummary summary, String firstError, ServerCpu.Usage serverCpu) {
        public Outcome(long pid, LatencySummary summary, String firstError) {
            this(pid, summary, firstError, null);
        }

        /** Server CPU µs per answered request in the window, or null when not measured. */
        public Double serverCpuMicrosPerRequest() {
            return serverCpu == null ? null : serverCpu.microsPerRequest(summary.ok());
        }
    }

    /** One progress line: the phase (warmup, measure) and the responses per second of the last second. */
    public record Progress(String phase, double rate) {}

    private LoadGeneratorProcess() {}

    public static Outcome run(String url, LoadTarget target, Path keys, int connections, Duration warmup,
                              Duration duration, Consumer<Progress> progress) throws IOException, InterruptedException {
        return run(url, target.label(), List.of(), keys, connections, warmup, duration, progress);
    }

    /**
     * @param target  an HTTP {@link LoadTarget}'s label or another of {@link LoadGeneratorCommand}'s targets
     * @param options that target's own options, e.g. {@code --records 10000}
     */
    public static Outcome run(String url, String target, List<String> options, Path keys, int connections, Duration warmup,
                              Duration duration, Consumer<Progress> progress) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(javaLauncher());
        command.addAll(List.of("bench", "load", "--url", url, "--target", target,
                "--connections", String.valueOf(connections),
                "--warmup", BenchDurations.format(warmup), "--duration", BenchDurations.format(duration)));
        if (keys != null) command.addAll(List.of("--keys", keys.toString()));
        command.addAll(options);
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            Outcome outcome = read(child, progress);
            int exit = child.waitFor();
            if (outcome == null) {
                throw new IllegalStateException("the load generator (pid " + child.pid() + ") ended with exit code " + exit
                        + " without a result; its stderr is above");
            }
            return outcome;
        } finally {
            if (child.isAlive()) {
                child.destroy();
                child.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    private static Outcome read(Process child, Consumer<Progress> progress) throws IOException {
        Outcome outcome = null;
        ServerCpu.Reading windowStart = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith("{")) continue; // anything else a library printed
                JsonNode event = JSON.readTree(line);
                switch (event.path("event").asText()) {
                    case "progress" -> progress.accept(new Progress(event.path("phase").asText(), event.path("rate").asDouble()));
                    case "window" -> windowStart = ServerCpu.read();
                    case "result" -> outcome = withCpu(outcome(event), windowStart);
                    default -> { }
                }
            }
        }
        return outcome;
    }

    private static Outcome withCpu(Outcome o, ServerCpu.Reading windowStart) {
        return windowStart == null ? o : new Outcome(o.pid(), o.summary(), o.firstError(), ServerCpu.read().since(windowStart));
    }

    static Outcome outcome(JsonNode r) {
        LatencySummary s = new LatencySummary(r.path("ok").asLong(), r.path("errors").asLong(), r.path("seconds").asDouble(),
                r.path("p50Micros").asLong(), r.path("p99Micros").asLong(), r.path("p999Micros").asLong(),
                r.path("maxMicros").asLong());
        JsonNode firstError = r.path("firstError");
        return new Outcome(r.path("pid").asLong(), s, firstError.isNull() || firstError.isMissingNode() ? null : firstError.asText());
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
