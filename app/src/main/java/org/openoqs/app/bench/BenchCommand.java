package org.openoqs.app.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.openoqs.app.central.CentralServer;
import org.openoqs.app.progress.ProgressBar;
import org.openoqs.central.intake.InsurerCredentialService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code oqs bench}: starts central on each store, seeds it with a synthetic population through intake, and measures
 * the selected {@link BenchScenario}s with load from a separate process ({@link LoadGeneratorProcess}). Progress goes
 * to stderr; stdout gets the table and, last, a one-line summary. See docs/performance.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = LoadGeneratorCommand.class,
        description = "Benchmark central: keyed confirmation (JSON and XmlMsg) against its own /ping and a raw Netty "
                + "server, and card confirmation (challenge, then the signed confirmation), on the embedded store and "
                + "PostgreSQL, with load from a separate process.")
public final class BenchCommand implements Callable<Integer> {
    static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    /** Every scenario the bench knows, by name; scenarios 2–6 of issue 7 slot in here. */
    static final Map<String, BenchScenario> SCENARIOS = scenarios(new KeyedConfirmationScenario(),
            new CardConfirmationScenario(), new BulkConfirmationScenario(), new TerminalRoundTripScenario(),
            new IntakeScenario(), new ScalingScenario());

    @Spec
    CommandSpec spec;

    @Option(names = "--store", description = "h2, postgres or both (default: both when PostgreSQL is reachable, else h2).")
    String store;

    @Option(names = "--db-url", defaultValue = DEFAULT_PG_URL, description = "PostgreSQL JDBC URL; the bench uses its own "
            + "schema " + BenchStore.PG_SCHEMA + " there, created afresh and dropped at the end (default ${DEFAULT-VALUE}).")
    String dbUrl;

    @Option(names = "--pg-schema", defaultValue = BenchStore.PG_SCHEMA, hidden = true,
            description = "The PostgreSQL schema the bench creates and drops (default ${DEFAULT-VALUE}).")
    String pgSchema;

    @Option(names = "--db-user", defaultValue = "postgres", description = "PostgreSQL user (default ${DEFAULT-VALUE}).")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "", description = "PostgreSQL password (default empty).")
    String dbPassword;

    @Option(names = "--persons", description = "Persons seeded before measuring (default 1,000,000; --smoke 2,000).")
    Long persons;

    @Option(names = "--sample", description = "Card keys drawn uniformly from the open qualifications for the load (default "
            + "1,000,000: at the default size, all of them, so queries spread over the whole population and mostly miss "
            + "the 200,000-entry cache, as reception traffic does; a sample below the cache size measures a hot set).")
    Integer sample;

    @Option(names = "--cards", description = "Virtual My Number cards issued and linked for the card scenario, used in turn "
            + "(default 1,000; --smoke 10). Each costs an RSA-2048 key generation (0.1–0.6 s) before measuring.")
    Integer cards;

    @Option(names = "--warmup", converter = BenchDurations.class, description = "Warm-up per target before measuring (default 10s).")
    Duration warmup;

    @Option(names = "--duration", converter = BenchDurations.class, description = "Measured window per target (default 20s).")
    Duration duration;

    @Option(names = "--jit-settle", converter = BenchDurations.OrZero.class, description = "Before the warm-up, the longest each "
            + "target is driven at an eighth of --connections until the server's JIT compiles less than 100 ms in 5 s "
            + "(default 120s; --smoke 0s; 0s skips it). On two vCPUs the compiler starves under full load.")
    Duration jitSettle;

    @Option(names = "--connections", description = "Concurrent keep-alive connections of the closed-loop load (default 32).")
    Integer connections;

    @Option(names = "--smoke", description = "Tiny sizes and ~1 s per target: proves the bench works, measures nothing.")
    boolean smoke;

    @Option(names = "--only", split = ",", description = "Scenarios to run (default all): ${COMPLETION-CANDIDATES}",
            completionCandidates = ScenarioNames.class)
    List<String> only;

    @Option(names = "--out", description = "Also write the results to this file: JSON, or CSV when it ends in .csv.")
    Path out;

    @Option(names = "--jfr", description = "Write a JFR recording of the server during confirm-json, card-confirm, the "
            + "一括照会, the terminal round trip and each scaling size to this directory and print the measured window's hottest methods.")
    Path jfrDir;

    @Option(names = "--intake-persons", split = ",", description = "Population sizes the intake scenario takes in, each "
            + "into a store of its own (default 1000000,10000000; --smoke 2000,5000). N persons make about 1.03 N rows "
            + "(a job change adds a closed record); the table gives the rows.")
    List<Long> intakePersons;

    @Option(names = "--scaling-persons", split = ",", description = "Population sizes whose confirmation p50 the scaling "
            + "scenario compares, each on a store of its own (default 100000,10000000; --smoke 2000,5000). A size the "
            + "intake scenario loaded is reused, not loaded again.")
    List<Long> scalingPersons;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the population and the key sample (default ${DEFAULT-VALUE}).")
    long seed;

    /** The values in effect after --smoke and the defaults. */
    record Settings(List<String> stores, long persons, int sample, int cards, LoadGeneratorProcess.Phases phases,
                    int connections, List<BenchScenario> scenarios, List<Long> intakePersons, List<Long> scalingPersons) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Settings settings = settings(err);
        List<BenchResult> results = new ArrayList<>();
        for (String storeName : settings.stores()) results.addAll(runStore(storeName, settings, err));
        ResultReport report = new ResultReport(results);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(report.table());
        if (out != null) {
            report.write(out);
            err.println("bench: results written to " + out.toAbsolutePath().normalize());
        }
        stdout.println(report.summary());
        stdout.flush();
        return 0;
    }

    Settings settings(PrintWriter err) {
        long p = orDefault(persons, smoke ? 2_000L : 1_000_000L);
        int s = orDefault(sample, smoke ? 1_000 : 1_000_000);
        Duration w = orDefault(warmup, smoke ? Duration.ofMillis(500) : Duration.ofSeconds(10));
        Duration d = orDefault(duration, smoke ? Duration.ofSeconds(1) : Duration.ofSeconds(20));
        Duration j = orDefault(jitSettle, smoke ? Duration.ZERO : Duration.ofSeconds(120));
        int c = orDefault(connections, smoke ? 4 : 32);
        int k = orDefault(cards, smoke ? 10 : 1_000);
        if (p < 1) throw usage("--persons must be at least 1: " + p);
        if (s < 1) throw usage("--sample must be at least 1: " + s);
        if (c < 1 || c > 10_000) throw usage("--connections must be between 1 and 10,000: " + c);
        if (k < 1) throw usage("--cards must be at least 1: " + k);
        List<Long> intake = sizes("--intake-persons", intakePersons, smoke ? List.of(2_000L, 5_000L) : List.of(1_000_000L, 10_000_000L));
        List<Long> scaling = sizes("--scaling-persons", scalingPersons, smoke ? List.of(2_000L, 5_000L) : List.of(100_000L, 10_000_000L));
        return new Settings(stores(err), p, s, k, new LoadGeneratorProcess.Phases(j, w, d), c, selectedScenarios(), intake, scaling);
    }

    private List<Long> sizes(String option, List<Long> given, List<Long> fallback) {
        List<Long> sizes = orDefault(given, fallback);
        for (long n : sizes) if (n < 1) throw usage(option + " sizes must be at least 1: " + n);
        return List.copyOf(sizes);
    }

    private List<String> stores(PrintWriter err) {
        String chosen = store == null ? null : store.toLowerCase(Locale.ROOT);
        if (chosen != null && !List.of("h2", "postgres", "both").contains(chosen)) {
            throw usage("--store must be h2, postgres or both, not '" + store + "'");
        }
        if ("h2".equals(chosen)) return List.of("h2");
        String unreachable = BenchStore.unreachableReason(dbUrl, dbUser, dbPassword);
        if (unreachable == null) return "postgres".equals(chosen) ? List.of("postgres") : List.of("h2", "postgres");
        if (chosen != null) throw usage("PostgreSQL is not reachable at " + dbUrl + " as " + dbUser + ": " + unreachable);
        err.println("bench: PostgreSQL is not reachable at " + dbUrl + " (" + unreachable + "); measuring h2 only");
        return List.of("h2");
    }

    private List<BenchScenario> selectedScenarios() {
        if (only == null || only.isEmpty()) return List.copyOf(SCENARIOS.values());
        List<BenchScenario> selected = new ArrayList<>();
        for (String name : only) {
            BenchScenario scenario = SCENARIOS.get(name.strip());
            if (scenario == null) throw usage("--only: unknown scenario '" + name + "'; known: " + String.join(", ", SCENARIOS.keySet()));
            selected.add(scenario);
        }
        return selected;
    }

    private List<BenchResult> runStore(String storeName, Settings s, PrintWriter err) throws Exception {
        List<BenchScenario> seeded = s.scenarios().stream().filter(BenchScenario::needsPopulation).toList();
        List<BenchScenario> alone = s.scenarios().stream().filter(x -> !x.needsPopulation()).toList();
        List<BenchResult> results = new ArrayList<>();
        if (!seeded.isEmpty()) results.addAll(runSeeded(storeName, s, seeded, err));
        if (!alone.isEmpty()) results.addAll(runAlone(storeName, s, alone, err));
        return results;
    }

    /** The scenarios on the seeded population: one central, seeded with --persons, and the raw Netty server. */
    private List<BenchResult> runSeeded(String storeName, Settings s, List<BenchScenario> scenarios, PrintWriter err)
            throws Exception {
        err.println("bench " + storeName + ": starting central");
        try (BenchStore benchStore = openStore(storeName, pgSchema);
             HelloServer hello = HelloServer.start(0);
             ConfigurableApplicationContext central = CentralServer.start(0, benchStore.store(), Map.of(
                     // Central's own INFO logging would interleave with the table on stdout.
                     "logging.level.root", "WARN"))) {
            String centralUrl = "http://127.0.0.1:" + central.getEnvironment().getProperty("local.server.port");
            List<CardKey> keys = seed(storeName, s, central, centralUrl, err);
            Path keyFile = Files.createTempFile("oqs-bench-keys-", ".tsv");
            try {
                Files.write(keyFile, keys.stream().map(CardKey::toLine).toList(), StandardCharsets.UTF_8);
                BenchContext context = new BenchContext(storeName, s.persons(), centralUrl,
                        "http://127.0.0.1:" + hello.port(), central, keys, keyFile, s.cards(), seed, s.connections(),
                        s.phases(), jfrDir, err, smoke, s.sample(), s.intakePersons(), s.scalingPersons(),
                        null);
                List<BenchResult> results = new ArrayList<>();
                for (BenchScenario scenario : scenarios) results.addAll(scenario.run(context));
                return results;
            } finally {
                Files.deleteIfExists(keyFile);
            }
        }
    }

    /**
     * The scenarios that load stores of their own, after the seeded central has stopped, so each fresh central is
     * alone in this JVM's heap. They share one {@link FreshPopulations}: scaling reuses intake's last population.
     */
    private List<BenchResult> runAlone(String storeName, Settings s, List<BenchScenario> scenarios, PrintWriter err)
            throws Exception {
        try (FreshPopulations fresh = new FreshPopulations(storeName, () -> openStore(storeName, pgSchema + "_fresh"), seed, err)) {
            BenchContext context = new BenchContext(storeName, s.persons(), null, null, null, null, null, s.cards(), seed,
                    s.connections(), s.phases(), jfrDir, err, smoke, s.sample(), s.intakePersons(),
                    s.scalingPersons(), fresh);
            List<BenchResult> results = new ArrayList<>();
            for (BenchScenario scenario : scenarios) results.addAll(scenario.run(context));
            return results;
        }
    }

    private BenchStore openStore(String storeName, String schema) throws Exception {
        return storeName.equals("h2") ? BenchStore.h2() : BenchStore.postgres(dbUrl, dbUser, dbPassword, schema);
    }

    private List<CardKey> seed(String storeName, Settings s, ConfigurableApplicationContext central, String centralUrl,
                               PrintWriter err) throws Exception {
        String token = central.getBean(InsurerCredentialService.class).create("bench", List.of());
        long started = System.nanoTime();
        long rows;
        try (ProgressBar bar = new ProgressBar(err, "bench " + storeName + ": loading", s.persons(), "persons",
                System.console() != null)) {
            rows = new PopulationSeeder(centralUrl, token).seed(s.persons(), seed, bar);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        err.println(String.format(Locale.ROOT, "bench %s: loaded %,d persons (%,d rows) through intake in %.1f s (%,.0f rows/s)",
                storeName, s.persons(), rows, seconds, rows / seconds));
        String settled = PopulationSeeder.settle(central.getBean(DataSource.class));
        if (settled != null) err.println("bench " + storeName + ": " + settled);
        List<CardKey> keys = PopulationSeeder.sampleKeys(central.getBean(DataSource.class), s.sample(), seed);
        err.println(String.format(Locale.ROOT, "bench %s: sampled %,d card keys uniformly from the open qualifications",
                storeName, keys.size()));
        return keys;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static Map<String, BenchScenario> scenarios(BenchScenario... all) {
        return Arrays.stream(all).collect(Collectors.toMap(BenchScenario::name, x -> x, (a, b) -> a, LinkedHashMap::new));
    }

    /** For --only's help text. */
    static final class ScenarioNames extends ArrayList<String> {
        ScenarioNames() {
            super(SCENARIOS.keySet());
        }
    }
}
