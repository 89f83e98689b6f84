package org.openoqs.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.openoqs.app.central.CentralServer;
import org.openoqs.app.intake.HeapWatcher;
import org.openoqs.app.progress.ProgressBar;
import org.openoqs.central.intake.InsurerCredentialService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Centrals on stores of their own, each loaded with a population through the real intake endpoint and timed: what
 * the intake and scaling scenarios measure. Loading ten million persons takes long, so the last one loaded stays up
 * and is handed out again when the same size is asked for (scaling reuses intake's largest); asking for another size
 * stops it first, so one fresh central runs at a time and its heap is measured alone.
 * <p>
 * The population is generated into a temporary file first (not timed) and then sent from the file, so the
 * generator's CPU does not count against intake; the file is deleted once sent.
 */
final class FreshPopulations implements AutoCloseable {
    /** Opens an empty store of this run's kind (a new H2 directory, or a PostgreSQL schema created afresh). */
    @FunctionalInterface
    interface StoreFactory {
        BenchStore open() throws Exception;
    }

    /** A loaded central and how its intake went. */
    record Population(long persons, String url, ConfigurableApplicationContext central, BenchResult.Intake intake,
                      Duration elapsed) {
        DataSource dataSource() { return central.getBean(DataSource.class); }

        double rowsPerSecond() { return intake.rows() / Math.max(1e-9, elapsed.toNanos() / 1e9); }
    }

    private final String storeName;
    private final StoreFactory stores;
    private final long seed;
    private final PrintWriter progress;
    private BenchStore store;
    private Population current;

    FreshPopulations(String storeName, StoreFactory stores, long seed, PrintWriter progress) {
        this.storeName = storeName;
        this.stores = stores;
        this.seed = seed;
        this.progress = progress;
    }

    /** The heap issue 7 allows central for ten million rows. */
    static final long TARGET_HEAP_BYTES = 2L << 30;

    /**
     * Says when this JVM's heap is larger than the 2 GB the target allows: central then runs with more room than the
     * target grants, and since a collector with room to spare leaves garbage in the old generation, the peak live set
     * reads high. {@code OQS_JAVA_OPTS=-Xmx2g ./oqs bench …} holds central to the target itself.
     */
    static String heapNote(long maxHeapBytes) {
        if (maxHeapBytes <= TARGET_HEAP_BYTES + (64L << 20)) return null;
        return String.format(Locale.ROOT, "central's heap here is %,d MiB, not the target's 2,048 MiB: peak live reads high "
                + "(garbage a collector with room leaves); OQS_JAVA_OPTS=-Xmx2g holds the bench to the target", maxHeapBytes >> 20);
    }

    /** The persons of the population that is up, or 0. */
    long loaded() {
        return current == null ? 0 : current.persons();
    }

    /** A central on a fresh store holding {@code persons} persons: the one up if it has that size, else a new one. */
    Population load(long persons) throws Exception {
        if (current != null && current.persons() == persons) return current;
        close();
        Path csv = Files.createTempFile("oqs-bench-intake-", ".csv");
        try {
            generate(persons, csv);
            store = stores.open();
            ConfigurableApplicationContext central = CentralServer.start(0, store.store(), Map.of("logging.level.root", "WARN"));
            try {
                current = send(persons, csv, central);
            } catch (Exception | Error e) {
                central.close();
                throw e;
            }
            return current;
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private void generate(long persons, Path csv) throws IOException {
        try (ProgressBar bar = bar("generating", persons, "persons");
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 16)) {
            PopulationSeeder.write(persons, seed, out, bar);
        }
    }

    private Population send(long persons, Path csv, ConfigurableApplicationContext central) throws Exception {
        String url = "http://127.0.0.1:" + central.getEnvironment().getProperty("local.server.port");
        String token = central.getBean(InsurerCredentialService.class).create("bench-intake", List.of());
        System.gc(); // measure from the idle server's live set, not from the garbage of generating the file
        Duration elapsed;
        BenchResult.Intake intake;
        try (ProgressBar bar = bar("intake of " + String.format(Locale.ROOT, "%,d", persons) + " persons", Files.size(csv) >> 10, "KiB");
             InputStream file = new Counting(Files.newInputStream(csv), bar);
             HeapWatcher heap = HeapWatcher.start()) {
            long started = System.nanoTime();
            JsonNode report = new PopulationSeeder(url, token).send(file, csv.getFileName().toString());
            elapsed = Duration.ofNanos(System.nanoTime() - started);
            long used = heap.peakUsedBytes();
            // A small intake may end before any collection: then the occupancy, garbage included, bounds the live set.
            long live = heap.peakLiveBytes() > 0 ? heap.peakLiveBytes() : used;
            intake = new BenchResult.Intake(persons, report.path("rows").asLong(), live, used, Runtime.getRuntime().maxMemory());
        }
        Population population = new Population(persons, url, central, intake, elapsed);
        progress.println(String.format(Locale.ROOT, "bench %s: intake of %,d persons (%,d rows) in %.1f s: %,.0f rows/s,"
                        + " peak live heap %,d MiB of %,d MiB", storeName, persons, intake.rows(), elapsed.toNanos() / 1e9,
                population.rowsPerSecond(), intake.peakLiveBytes() >> 20, intake.maxHeapBytes() >> 20));
        String note = heapNote(intake.maxHeapBytes());
        if (note != null) progress.println("bench " + storeName + ": " + note);
        return population;
    }

    private ProgressBar bar(String what, long total, String unit) {
        return new ProgressBar(progress, "bench " + storeName + ": " + what, total, unit, System.console() != null);
    }

    /** Stops the central that is up and drops its store. */
    @Override
    public void close() throws Exception {
        if (current != null) {
            current.central().close();
            current = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
    }

    /** Reports the KiB read so far. */
    private static final class Counting extends FilterInputStream {
        private final ProgressBar bar;
        private long bytes;

        Counting(InputStream in, ProgressBar bar) {
            super(in);
            this.bar = bar;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) bar.accept((bytes += n) >> 10);
            return n;
        }
    }
}
