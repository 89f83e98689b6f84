package org.openoqs.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code oqs bench load}: the load generator, run by the bench in a JVM of its own so that its work never shares a
 * heap, JIT or GC with the server it measures. It warms up, measures one timed window, and talks back on stdout as
 * JSON lines: {@code progress} once a second, then one {@code result}. Not meant to be run by hand (hidden).
 */
@Command(name = "load", hidden = true, description = "The bench's load generator (run by ./oqs bench in its own process).")
public final class LoadGeneratorCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String BULK = "bulk";
    static final String TERMINAL = "terminal";

    @Option(names = "--url", required = true, description = "Base URL of the server, e.g. http://127.0.0.1:8080")
    URI url;

    @Option(names = "--target", required = true, description = "ping, netty, confirm-json, confirm-xml (HTTP requests), "
            + BULK + " (whole 一括照会) or " + TERMINAL + " (request files through a terminal folder)")
    String target;

    @Option(names = "--records", defaultValue = "10000", description = "Records of one 一括照会, for --target " + BULK + ".")
    int records;

    @Option(names = "--terminal-dir", description = "The terminal's folder (with req and res), for --target " + TERMINAL + ".")
    Path terminalDir;

    @Option(names = "--keys", description = "Card key file (one tab-separated key a line), for the confirmation targets.")
    Path keys;

    @Option(names = "--connections", defaultValue = "32")
    int connections;

    @Option(names = "--threads", defaultValue = "2", description = "Event loop threads of the client.")
    int threads;

    @Option(names = "--warmup", defaultValue = "5s", converter = BenchDurations.class)
    Duration warmup;

    @Option(names = "--duration", defaultValue = "10s", converter = BenchDurations.class)
    Duration duration;

    private final PrintStream out;

    public LoadGeneratorCommand() {
        this(System.out);
    }

    LoadGeneratorCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        List<CardKey> cardKeys = keys == null ? List.of()
                : Files.readAllLines(keys, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(CardKey::parse).toList();
        try (LoadDriver load = driver(cardKeys)) {
            load.start();
            run(load, "warmup", warmup);
            load.cut(); // the warm-up's numbers are dropped
            emit(Map.of("event", "window")); // the parent starts its server CPU reading here
            long started = System.nanoTime();
            run(load, "measure", duration);
            LoadDriver.Window window = load.cut();
            double seconds = (System.nanoTime() - started) / 1e9;
            LatencySummary s = window.summary(seconds);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("event", "result");
            result.put("pid", ProcessHandle.current().pid());
            result.put("ok", s.ok());
            result.put("errors", s.errors());
            result.put("seconds", s.seconds());
            result.put("p50Micros", s.p50Micros());
            result.put("p99Micros", s.p99Micros());
            result.put("p999Micros", s.p999Micros());
            result.put("maxMicros", s.maxMicros());
            result.put("firstError", window.firstError());
            emit(result);
        }
        return 0;
    }

    /** HTTP requests on keep-alive connections, or one of the blocking exchanges; --connections is the concurrency. */
    LoadDriver driver(List<CardKey> cardKeys) throws java.io.IOException {
        return switch (target) {
            case BULK -> new BlockingClosedLoop(new BulkConfirmationExchange(url, cardKeys, records), connections, records);
            case TERMINAL -> {
                if (terminalDir == null) throw new IllegalArgumentException("--target " + TERMINAL + " needs --terminal-dir");
                yield new BlockingClosedLoop(new RequestFileExchange(terminalDir, cardKeys), connections, 1);
            }
            default -> new ClosedLoopLoad(url, LoadTarget.byLabel(target), cardKeys, connections, threads);
        };
    }

    /** Lets the load run for {@code length}, reporting the rate of the last second once a second. */
    private void run(LoadDriver load, String phase, Duration length) throws InterruptedException, java.io.IOException {
        long end = System.nanoTime() + length.toNanos();
        long lastCount = load.completed();
        long lastTime = System.nanoTime();
        while (true) {
            long left = end - System.nanoTime();
            if (left <= 0) return;
            Thread.sleep(Math.min(1000, Math.max(1, left / 1_000_000)));
            long now = System.nanoTime();
            long count = load.completed();
            emit(Map.of("event", "progress", "phase", phase, "rate", (count - lastCount) / ((now - lastTime) / 1e9)));
            lastCount = count;
            lastTime = now;
        }
    }

    private void emit(Map<String, Object> event) throws java.io.IOException {
        synchronized (out) {
            out.println(JSON.writeValueAsString(event));
            out.flush();
        }
    }
}
