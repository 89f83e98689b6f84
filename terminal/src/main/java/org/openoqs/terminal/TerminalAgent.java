package org.openoqs.terminal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The 資格確認端末 agent: answers request files the receipt computer/EHR drops into {@code req} with result files in
 * {@code res} [C] §1.3, by asking central.
 *
 * <p>Exactly once, also across restarts: a request is claimed by an atomic move {@code req → work}; its result is
 * published atomically into {@code res} (named {@code req_ → res_} [C] S4), or {@code <base>.err} plus a copy of the
 * request [C] §4.4; only then is it moved {@code work → done}. On start, every file left in {@code work} is either
 * completed (its answer is already in {@code res}) or processed again; central de-duplicates the resubmission by the
 * {@code X-OQS-Request-Id} idempotency key. Nothing is dropped silently: every request ends with a result or an
 * {@code .err}, or stays in {@code work} for the next start.
 *
 * <p>Logs one line per request (name, outcome, milliseconds) via {@link System.Logger}.
 */
public final class TerminalAgent implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TerminalAgent.class.getName());

    private final TerminalConfig config;
    private final TerminalFolders folders;
    private final RequestProcessor processor;
    private final ExecutorService workers;
    private RequestWatcher watcher;

    private TerminalAgent(TerminalConfig config, TerminalFolders folders, CentralClient central) {
        this.config = config;
        this.folders = folders;
        this.processor = new RequestProcessor(folders, config, central);
        this.workers = Executors.newFixedThreadPool(config.workerThreads(), workerThreads());
    }

    /** Starts with an {@link HttpCentralClient} for {@link TerminalConfig#centralBaseUrl()}. */
    public static TerminalAgent start(TerminalConfig config) throws IOException {
        Duration connectTimeout = config.centralTimeout().compareTo(Duration.ofSeconds(10)) < 0
                ? config.centralTimeout() : Duration.ofSeconds(10);
        return start(config, new HttpCentralClient(config.centralBaseUrl(), config.sslContext(), connectTimeout));
    }

    /** Starts with the given central link: creates the folders, recovers {@code work}, then watches {@code req}. */
    public static TerminalAgent start(TerminalConfig config, CentralClient central) throws IOException {
        TerminalAgent agent = new TerminalAgent(config, TerminalFolders.create(config.terminalDir()), central);
        try {
            agent.recoverWork();
            agent.watcher = RequestWatcher.start(agent.folders.req(), config.scanInterval(), config.settleTime(),
                    config.watchServiceEnabled(), agent::claim);
        } catch (IOException | RuntimeException e) {
            agent.close();
            throw e;
        }
        return agent;
    }

    public TerminalFolders folders() { return folders; }

    public TerminalConfig config() { return config; }

    /**
     * Stops watching, lets in-flight requests finish for up to {@link TerminalConfig#shutdownGrace()}, then interrupts
     * the rest; interrupted and queued requests stay in {@code work} and are recovered on the next start.
     */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        workers.shutdown();
        try {
            if (!workers.awaitTermination(config.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
                workers.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Files in {@code work} were claimed before a stop or crash: finish or redo each. */
    private void recoverWork() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folders.work())) {
            for (Path file : files) {
                if (!Files.isRegularFile(file) || RequestFileName.isTemporary(file.getFileName().toString())) {
                    continue;
                }
                if (processor.alreadyAnswered(file)) {
                    processor.finishAnswered(file);
                    LOG.log(System.Logger.Level.INFO, "{0}: already answered before restart, moved to done",
                            file.getFileName());
                } else {
                    submit(file);
                }
            }
        }
    }

    /** The claim: atomic move {@code req → work}; only the thread whose move succeeds processes the file. */
    private boolean claim(Path requestFile) {
        Path workFile = folders.work().resolve(requestFile.getFileName());
        if (Files.exists(workFile)) {
            return false; // the same name is still in flight; take the new one once that is done
        }
        try {
            AtomicFiles.move(requestFile, workFile);
        } catch (NoSuchFileException | FileAlreadyExistsException gone) {
            return false;
        } catch (IOException stillOpen) {
            return false; // e.g. locked by its writer on Windows: the watcher offers it again
        }
        submit(workFile);
        return true;
    }

    private void submit(Path workFile) {
        try {
            workers.execute(() -> processAndLog(workFile));
        } catch (RejectedExecutionException closing) {
            // Shutting down: the file stays in work and is recovered on the next start.
        }
    }

    private void processAndLog(Path workFile) {
        long started = System.nanoTime();
        String name = workFile.getFileName().toString();
        try {
            RequestProcessor.Outcome outcome = processor.process(workFile);
            LOG.log(System.Logger.Level.INFO, "{0} {1} in {2} ms", name, outcome, elapsedMillis(started));
        } catch (IOException | RuntimeException e) {
            // Left in work: the next start retries it rather than losing it.
            LOG.log(System.Logger.Level.ERROR, name + " FAILED in " + elapsedMillis(started)
                    + " ms; left in work for the next start", e);
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "oqs-terminal-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
