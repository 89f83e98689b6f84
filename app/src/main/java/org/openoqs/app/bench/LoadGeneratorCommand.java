package org.openoqs.app.bench;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openoqs.jpki.CardWallet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code oqs bench load}: the load generator, run by the bench in a JVM of its own so that its work never shares a
 * heap, JIT or GC with the server it measures. It warms up, measures one timed window, and talks back on stdout as
 * JSON lines ({@link LoadEvents}): {@code progress} once a second, then one {@code result} per target —
 * {@code card-confirm} runs {@link CardConfirmationLoad} and reports {@code card-challenge} too. Not meant to be run
 * by hand (hidden).
 */
@Command(name = "load", hidden = true, description = "The bench's load generator (run by ./oqs bench in its own process).")
public final class LoadGeneratorCommand implements Callable<Integer> {
    static final String BULK = "bulk";
    static final String TERMINAL = "terminal";
    /** The longest the priming pass may take: far beyond a healthy server's, short of hanging the bench. */
    static final Duration PRIME_LIMIT = Duration.ofMinutes(15);

    @Option(names = "--url", required = true, description = "Base URL of the server, e.g. http://127.0.0.1:8080")
    URI url;

    @Option(names = "--target", required = true, description = "ping, netty, confirm-json, confirm-xml (HTTP requests), "
            + "card-confirm (which also measures card-challenge), " + BULK + " (whole 一括照会) or " + TERMINAL
            + " (request files through a terminal folder)")
    String target;

    @Option(names = "--records", defaultValue = "10000", description = "Records of one 一括照会, for --target " + BULK + ".")
    int records;

    @Option(names = "--terminal-dir", description = "The terminal's folder (with req and res), for --target " + TERMINAL + ".")
    Path terminalDir;

    @Option(names = "--keys", description = "Card key file (one tab-separated key a line), for the confirmation targets.")
    Path keys;

    @Option(names = "--cards", description = "Virtual card wallet (a CardWallet folder) whose cards sign card-confirm's challenges.")
    Path cards;

    @Option(names = "--prime", defaultValue = "0", description = "Before the warm-up, send each of the first N keys once, "
            + "in order, so the server's cache holds what it holds in steady state (see KeyedRequests).")
    int prime;

    @Option(names = "--connections", defaultValue = "32")
    int connections;

    @Option(names = "--threads", defaultValue = "2", description = "Event loop threads of the client.")
    int threads;

    @Option(names = "--warmup", defaultValue = "5s", converter = BenchDurations.class)
    Duration warmup;

    @Option(names = "--duration", defaultValue = "10s", converter = BenchDurations.class)
    Duration duration;

    private final PrintStream out;
    /** {@link #PRIME_LIMIT}, shorter in tests. */
    Duration primeLimit = PRIME_LIMIT;
    /** The keyed targets' source, whose priming pass the command waits for; null for the others. */
    private KeyedRequests keyed;

    public LoadGeneratorCommand() {
        this(System.out);
    }

    LoadGeneratorCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        LoadEvents events = new LoadEvents(out);
        if (LoadTarget.CARD_CONFIRM.label().equals(target)) {
            if (cards == null) throw new IllegalArgumentException(target + " needs --cards");
            new CardConfirmationLoad(url, new CardWallet(cards).list(), connections, threads, events).run(warmup, duration);
            return 0;
        }
        List<CardKey> cardKeys = keys == null ? List.of()
                : Files.readAllLines(keys, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(CardKey::parse).toList();
        try (LoadDriver load = driver(cardKeys)) {
            load.start();
            String note = prime(events, load);
            events.run(load, "warmup", warmup, () -> false);
            load.cut(); // the warm-up's numbers are dropped
            events.window();
            long started = System.nanoTime();
            events.run(load, "measure", duration, () -> false);
            // A blocking loop's cut waits for the exchanges in flight, so the window lasts until they are in.
            LoadDriver.Window window = load.cut();
            events.result(target, window, (System.nanoTime() - started) / 1e9, note);
        }
        return 0;
    }

    /** Runs the priming pass, if any; returns a note for the result when it ran out of time, else null. */
    private String prime(LoadEvents events, LoadDriver load) throws InterruptedException {
        if (keyed == null || keyed.prime() == 0) return null;
        events.run(load, "prime", primeLimit, keyed::primed);
        if (keyed.primed()) return null;
        return String.format(Locale.ROOT, "the cache was not fully primed: %,d of %,d keys sent in %,.1f s, so the"
                + " window may see more misses than the steady state", keyed.sent(), keyed.prime(), primeLimit.toMillis() / 1000.0);
    }

    /** HTTP requests on keep-alive connections, or one of the blocking exchanges; --connections is the concurrency. */
    LoadDriver driver(List<CardKey> cardKeys) throws java.io.IOException {
        return switch (target) {
            case BULK -> new BlockingClosedLoop(new BulkConfirmationExchange(url, cardKeys, records), connections, records);
            case TERMINAL -> {
                if (terminalDir == null) throw new IllegalArgumentException("--target " + TERMINAL + " needs --terminal-dir");
                yield new BlockingClosedLoop(new RequestFileExchange(terminalDir, cardKeys), connections, 1);
            }
            default -> {
                LoadTarget kind = LoadTarget.byLabel(target);
                if (kind.bodyKind() == LoadTarget.Body.KEYED) keyed = new KeyedRequests(kind, cardKeys, prime);
                else if (prime > 0) throw new IllegalArgumentException("--prime needs a keyed target, not " + target);
                yield new ClosedLoopLoad(url, kind, keyed != null ? keyed : RequestSource.of(kind, cardKeys), connections, threads);
            }
        };
    }
}
