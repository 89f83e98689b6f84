package org.openoqs.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.openoqs.terminal.RequestFileName;

/**
 * One terminal round trip as a receipt computer makes it: a 資格確認 request file ({@code OQSsiquc01req_*.xml},
 * 照会区分 2 for a sampled key) is written beside the terminal folder and renamed into {@code req} — atomically, as
 * S10 asks of EHRs — and the exchange waits for {@code res/OQSsiquc01res_*.xml}. Latency is from the rename to the
 * moment the result file is seen. The result is watched with a {@link WatchService} (inotify on Linux: no polling
 * delay) and, as a safety net for lost events, looked for directly every {@link #RECHECK}. Correct means: the result
 * file is there, ends with {@code </XmlMsg>}, says SegmentOfResult 1 and ProcessingResultStatus 1 and answers the
 * key's InsuredIdentificationNumber; an {@code .err} or no answer within {@link #TIMEOUT} is an error. The receipt
 * computer then removes the result, as it would after reading it.
 */
final class RequestFileExchange implements BlockingClosedLoop.Exchange {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RECHECK = Duration.ofMillis(250);

    private final Path req;
    private final Path res;
    private final Path staging;
    private final List<CardKey> keys;
    private final WatchService watcher;
    private final Map<String, CompletableFuture<Long>> awaited = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final String runId = Long.toString(ProcessHandle.current().pid());

    RequestFileExchange(Path terminalDir, List<CardKey> keys) throws IOException {
        if (keys.isEmpty()) throw new IllegalArgumentException("request files need card keys");
        this.req = terminalDir.resolve("req");
        this.res = terminalDir.resolve("res");
        if (!Files.isDirectory(req) || !Files.isDirectory(res)) {
            throw new IllegalArgumentException(terminalDir + " is not a terminal folder (no req and res)");
        }
        // Beside req, on the same file system, so the rename into req is atomic.
        this.staging = Files.createDirectories(terminalDir.resolve("bench-staging"));
        this.keys = keys;
        this.watcher = FileSystems.getDefault().newWatchService();
        res.register(watcher, StandardWatchEventKinds.ENTRY_CREATE); // a rename in is a create
        Thread watchThread = new Thread(this::watch, "bench-res-watch");
        watchThread.setDaemon(true);
        watchThread.start();
    }

    @Override
    public BlockingClosedLoop.Outcome run(SplittableRandom random) throws IOException, InterruptedException {
        CardKey key = keys.get(random.nextInt(keys.size()));
        String requestName = "OQSsiquc01req_bench" + runId + "_" + sequence.incrementAndGet() + ".xml";
        String resultName = RequestFileName.resultName(requestName);
        String errorName = RequestFileName.errorName(requestName);
        Path staged = staging.resolve(requestName);
        Files.writeString(staged, LoadTarget.xml(key), StandardCharsets.UTF_8);
        CompletableFuture<Long> answered = new CompletableFuture<>();
        awaited.put(resultName, answered);
        awaited.put(errorName, answered);
        try {
            long appeared = System.nanoTime();
            Files.move(staged, req.resolve(requestName), StandardCopyOption.ATOMIC_MOVE);
            long seen = await(answered, resultName, errorName, appeared);
            if (seen < 0) {
                return BlockingClosedLoop.Outcome.failed("no result file within " + TIMEOUT.toSeconds() + " s for " + requestName);
            }
            return BlockingClosedLoop.Outcome.between(appeared, seen, check(requestName, resultName, errorName, key));
        } finally {
            awaited.remove(resultName);
            awaited.remove(errorName);
        }
    }

    /** Reads and removes what the terminal answered, as the receipt computer would; null when it is correct. */
    private String check(String requestName, String resultName, String errorName, CardKey key) throws IOException {
        Path error = res.resolve(errorName);
        if (Files.exists(error)) {
            String text = Files.readString(error, StandardCharsets.UTF_8);
            Files.deleteIfExists(error);
            Files.deleteIfExists(res.resolve(requestName)); // the copy of a rejected request
            return requestName + " rejected: " + text.strip();
        }
        Path result = res.resolve(resultName);
        String problem = problem(Files.readString(result, StandardCharsets.UTF_8), key);
        Files.delete(result);
        return problem == null ? null : resultName + ": " + problem;
    }

    /**
     * The moment the result (or {@code .err}) was seen, as nanoTime, or -1 after the timeout. The loop's own clock
     * would add this thread's wake-up; the watch thread stamps the event instead, so the latency is the terminal's.
     */
    private long await(CompletableFuture<Long> answered, String resultName, String errorName, long since)
            throws InterruptedException {
        long deadline = since + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                return answered.get(RECHECK.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (Files.exists(res.resolve(resultName)) || Files.exists(res.resolve(errorName))) return System.nanoTime();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return -1;
    }

    /** Null when {@code result} is a complete, successful answer about {@code key}; else what is wrong. */
    static String problem(String result, CardKey key) {
        if (!result.stripTrailing().endsWith("</XmlMsg>")) return "incomplete result file: " + excerpt(result);
        for (String expected : List.of("<SegmentOfResult>1</SegmentOfResult>", "<ProcessingResultStatus>1</ProcessingResultStatus>",
                "<InsuredIdentificationNumber>" + key.number() + "</InsuredIdentificationNumber>")) {
            if (!result.contains(expected)) return "no " + expected + ": " + excerpt(result);
        }
        return null;
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                long now = System.nanoTime();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name) {
                        CompletableFuture<Long> waiting = awaited.get(name.toString());
                        if (waiting != null) waiting.complete(now);
                    }
                }
                if (!key.reset()) return; // res is gone: the rechecks still find results
            }
        } catch (ClosedWatchServiceException | InterruptedException closed) {
            // close() was called
        }
    }

    private static String excerpt(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
