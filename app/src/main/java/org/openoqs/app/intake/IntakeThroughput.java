package org.openoqs.app.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.openoqs.app.central.CentralServer;
import org.openoqs.app.generate.PopulationGenerator;
import org.openoqs.app.generate.QualificationCsvWriter;
import org.openoqs.central.intake.InsurerCredential;
import org.openoqs.central.intake.InsurerCredentialService;
import org.openoqs.central.intake.IntakeReport;
import org.openoqs.central.intake.IntakeService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures insurer intake: a synthetic population from {@link PopulationGenerator} is written to a CSV file first
 * (not timed), then fed to {@link IntakeService#intake} of a central service running in this JVM on the given store,
 * exactly as the HTTP endpoint would feed it, minus the network. Reports rows per second and the heap it took.
 * <p>
 * Used by the bench; {@link #main} runs it by hand: {@code IntakeThroughput PERSONS [JDBC-URL [USER [PASSWORD]]]}
 * loads the file and then sends it again (every row unchanged), on the embedded store unless a URL is given.
 */
public final class IntakeThroughput implements AutoCloseable {
    private final ConfigurableApplicationContext central;
    private final IntakeService intake;
    private final InsurerCredential credential;

    /** One timed intake. {@code peakHeapBytes} counts garbage too; {@code peakLiveBytes} is the live set after GC. */
    public record Result(IntakeReport report, Duration elapsed, long peakHeapBytes, long peakLiveBytes) {
        public double rowsPerSecond() {
            return report.rows() / Math.max(1e-9, elapsed.toNanos() / 1e9);
        }

        public String summary() {
            return String.format("%,d rows in %.1f s: %,.0f rows/s, peak heap %,d MiB, peak live %,d MiB (%s)",
                    report.rows(), elapsed.toNanos() / 1e9, rowsPerSecond(), peakHeapBytes >> 20, peakLiveBytes >> 20,
                    report.summary());
        }
    }

    private IntakeThroughput(ConfigurableApplicationContext central) {
        this.central = central;
        this.intake = central.getBean(IntakeService.class);
        InsurerCredentialService credentials = central.getBean(InsurerCredentialService.class);
        String token = credentials.create("intake-throughput-" + System.nanoTime(), List.of());
        this.credential = credentials.authenticate(token).orElseThrow();
    }

    /** Starts central on {@code store} in this JVM, without a web server (intake is called directly). */
    public static IntakeThroughput open(CentralServer.Store store) {
        return new IntakeThroughput(CentralServer.start(0, store, Map.of("spring.main.web-application-type", "none")));
    }

    /**
     * Generates {@code persons} persons with {@code seed}, loads them into a fresh central on {@code store} and
     * returns the measurement. The store should be empty, or every row counts as unchanged rather than new.
     */
    public static Result run(CentralServer.Store store, long persons, long seed, LongConsumer progress) throws IOException {
        Path csv = Files.createTempFile("oqs-intake-", ".csv");
        try {
            generate(persons, seed, csv);
            try (IntakeThroughput throughput = open(store)) {
                return throughput.measure(csv, progress);
            }
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    /** Writes the intake CSV of {@code persons} persons (a few more rows: job changes add a closed record). */
    public static void generate(long persons, long seed, Path csv) throws IOException {
        try (QualificationCsvWriter writer = QualificationCsvWriter.to(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
            new PopulationGenerator(seed, PopulationGenerator.DEFAULT_REFERENCE_DATE).generate(persons, writer, n -> { });
            writer.commit();
        }
    }

    /** Times one intake of {@code csv}; {@code progress} receives the number of lines read so far. */
    public Result measure(Path csv, LongConsumer progress) throws IOException {
        System.gc(); // start from the live set of the idle service, not from the garbage of generating the file
        try (HeapWatcher heap = HeapWatcher.start(); Reader reader = strictUtf8(csv)) {
            long started = System.nanoTime();
            IntakeReport report = intake.intake(reader, csv.getFileName().toString(), credential, progress);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            return new Result(report, elapsed, heap.peakUsedBytes(), heap.peakLiveBytes());
        }
    }

    /** Decodes as the HTTP endpoint does: bytes that are not UTF-8 are an error, not replaced. */
    private static Reader strictUtf8(Path csv) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(csv), decoder), 1 << 16);
    }

    @Override
    public void close() {
        central.close();
    }

    /** {@code PERSONS [JDBC-URL [USER [PASSWORD]]]}: generate (cached in the temp dir by size), load, then re-send. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: IntakeThroughput PERSONS [JDBC-URL [USER [PASSWORD]]]");
            System.exit(2);
        }
        long persons = Long.parseLong(args[0].replace("_", ""));
        long seed = 42;
        Path csv = Path.of(System.getProperty("java.io.tmpdir"), "oqs-intake-" + persons + "-" + seed + ".csv");
        if (!Files.isRegularFile(csv)) {
            Path partial = Files.createTempFile(csv.getParent(), "oqs-intake-", ".partial");
            generate(persons, seed, partial);
            Files.move(partial, csv);
        }
        Path dataDir = Files.createTempDirectory("oqs-intake-h2-");
        var store = new CentralServer.Store(dataDir, arg(args, 1), arg(args, 2), arg(args, 3));
        System.out.println("store: " + (store.dbUrl() == null ? "embedded H2 in " + dataDir : store.dbUrl())
                + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
        try (IntakeThroughput throughput = open(store)) {
            System.out.println("load:   " + throughput.measure(csv, n -> { }).summary());
            System.out.println("resend: " + throughput.measure(csv, n -> { }).summary());
        }
    }

    private static String arg(String[] args, int index) {
        return args.length > index ? args[index] : null;
    }
}
