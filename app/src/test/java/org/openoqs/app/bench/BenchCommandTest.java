package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code oqs bench --smoke} end to end; asserts the output's structure, never a speed. */
class BenchCommandTest {
    private static final List<String> TARGETS = List.of("netty", "ping", "confirm-json", "confirm-xml", "card-challenge",
            "card-confirm");
    /** Targets whose throughput is not requests: records of a 一括照会, request files through the terminal. */
    private static final List<String> OTHER_TARGETS = List.of("bulk-100", "terminal");
    /** Measured in rounds with client-side signing between them: no server CPU figure of their own. */
    private static final List<String> WITHOUT_CPU = List.of("card-challenge", "card-confirm");
    private static final Pattern ROW = Pattern.compile("^  (\\S+)\\s+([\\d,]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d,]+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)$");
    /** --smoke's sizes: intake of 2,000 and 5,000 persons, then scaling at both (5,000 reused from intake). */
    private static final List<String> INTAKE_TARGETS = List.of("intake-2k", "intake-5k");
    private static final List<String> SCALING_TARGETS = List.of("confirm-json@2k", "confirm-json@5k");
    private static final Pattern INTAKE_ROW = Pattern.compile("^  (\\S+)\\s+([\\d,]+)\\s+-\\s+-\\s+-\\s+0\\s+-\\s+-\\s+-\\s+rows/s; ([\\d,]+) rows,"
            + " peak live heap ([\\d,]+) MiB of ([\\d,]+) MiB$");

    @TempDir
    Path dir;

    @Test
    void smokeRunOnTheEmbeddedStore() throws Exception {
        Run run = run("--smoke", "--store", "h2", "--out", dir.resolve("results.json").toString());
        assertThat(run.exit).as(run.err).isZero();
        assertStructure(run, "h2");
        for (String target : List.of("confirm-json", "confirm-xml", "confirm-json@2k")) {
            assertThat(run.err).as("the cache is primed before the warm-up").containsPattern(
                    "bench h2: " + target + " priming the cache: each sampled key once [\\d,]+/s\\R(.*\\R)*bench h2: " + target
                            + " warming up");
        }
    }

    @Test
    void smokeRunOnPostgres() throws Exception {
        PostgresForTests.requireOrSkip("the PostgreSQL smoke run");
        String schema = "oqs_bench_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Run run = run("--smoke", "--store", "postgres", "--pg-schema", schema, "--out", dir.resolve("results.json").toString());
        assertThat(run.exit).as(run.err).isZero();
        assertStructure(run, "postgres");
        assertThat(run.err).contains("bench postgres: VACUUM (ANALYZE) and CHECKPOINT after the load")
                .contains("bench postgres: confirm-json@2k: VACUUM (ANALYZE) and CHECKPOINT after the load");
    }

    @Test
    void eachTargetFirstLetsTheJitSettleAtLowLoad() {
        Run run = run("--smoke", "--store", "h2", "--only", "keyed", "--jit-settle", "6s");
        assertThat(run.exit).as(run.err).isZero();
        int settling = run.err.indexOf("bench h2: confirm-json letting the JIT settle at low load: ");
        assertThat(settling).as(run.err).isNotNegative();
        assertThat(run.err.indexOf("bench h2: confirm-json warming up")).isGreaterThan(settling);
        assertThat(run.err).containsPattern("confirm-json letting the JIT settle at low load: [\\d,]+ ms compiled in the last 5 s");
        assertThat(run.out).contains("confirm-json").doesNotContain("Exception");
    }

    private void assertStructure(Run run, String store) throws Exception {
        List<String> lines = run.out.lines().toList();
        assertThat(lines).contains("bench " + store);
        for (String target : concat(TARGETS, OTHER_TARGETS)) {
            String row = lines.stream().filter(l -> l.startsWith("  " + target + " ")).findFirst().orElseThrow(
                    () -> new AssertionError("no row for " + target + " in\n" + run.out));
            Matcher m = ROW.matcher(row);
            assertThat(m.matches()).as(row).isTrue();
            assertThat(Double.parseDouble(m.group(2).replace(",", ""))).as(row).isPositive();
            assertThat(Long.parseLong(m.group(6).replace(",", ""))).as("errors in " + row + "\n" + run.err).isZero();
            Double.parseDouble(m.group(7));
            Double.parseDouble(m.group(8));
            if (!WITHOUT_CPU.contains(target)) {
                assertThat(Long.parseLong(m.group(9).replace(",", ""))).as("server CPU per request in " + row).isNotNegative();
            }
        }
        for (String target : INTAKE_TARGETS) {
            String row = row(run, target);
            Matcher m = INTAKE_ROW.matcher(row);
            assertThat(m.matches()).as(row).isTrue();
            assertThat(Long.parseLong(m.group(3).replace(",", ""))).as(row).isGreaterThanOrEqualTo(2_000);
            assertThat(Long.parseLong(m.group(4).replace(",", ""))).as(row).isPositive();
        }
        for (String target : SCALING_TARGETS) assertThat(ROW.matcher(row(run, target)).matches()).isTrue();
        assertThat(lines).anyMatch(l -> l.matches("  scaling: p50 at the largest population / p50 at the smallest = [\\d.]+"));

        String summary = lines.get(lines.size() - 1);
        assertThat(summary).startsWith("bench " + store + ": ");
        for (String target : concat(TARGETS, OTHER_TARGETS)) assertThat(summary).contains(target + " ");
        assertThat(summary).containsPattern("confirm-json [\\d,]+/s p99 [\\d.]+ ms \\([\\d.]+ of ping, [\\d.]+ of netty\\)");
        assertThat(summary).containsPattern("intake-5k [\\d,]+ rows/s peak live [\\d,]+ MiB")
                .containsPattern("confirm-json@2k p50 [\\d.]+ ms").containsPattern("scaling p50 ratio [\\d.]+$");

        assertThat(run.err).contains("loading").contains("warming up").contains("measuring").contains("sampled")
                .contains("issued and linked 10 virtual My Number cards");
        assertThat(run.err.split("intake of 5,000 persons \\(", -1)).as("the 5,000-person store is loaded once, for both").hasSize(2);
        JsonNode results = new ObjectMapper().readTree(dir.resolve("results.json").toFile()).get("results");
        assertThat(results).hasSize(TARGETS.size() + OTHER_TARGETS.size() + INTAKE_TARGETS.size() + SCALING_TARGETS.size());
        for (JsonNode r : results) {
            assertThat(r.get("ok").asLong()).isPositive();
            if (r.get("scenario").asText().equals("intake")) {
                assertThat(r.get("peakLiveMiB").asLong()).isPositive();
                continue;
            }
            assertThat(r.get("loadGeneratorPid").asLong()).as("load from another process")
                    .isPositive().isNotEqualTo(ProcessHandle.current().pid());
            if (!WITHOUT_CPU.contains(r.get("target").asText())) {
                assertThat(r.get("serverCpuMicrosPerRequest").isNumber()).as("server CPU measured in " + r).isTrue();
            }
        }
    }

    private static String row(Run run, String target) {
        return run.out.lines().filter(l -> l.startsWith("  " + target + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + target + " in\n" + run.out));
    }

    @Test
    void optionsAreValidated() {
        assertThat(run("--store", "mysql").err).contains("--store must be h2, postgres or both");
        assertThat(run("--store", "h2", "--persons", "0").err).contains("--persons must be at least 1");
        assertThat(run("--store", "h2", "--connections", "0").err).contains("--connections must be between 1 and 10,000");
        assertThat(run("--store", "h2", "--sample", "0").err).contains("--sample must be at least 1");
        assertThat(run("--store", "h2", "--cards", "0").err).contains("--cards must be at least 1");
        assertThat(run("--store", "h2", "--only", "nonsense").err).contains("unknown scenario 'nonsense'").contains("keyed")
                .contains("intake").contains("scaling");
        assertThat(run("--store", "h2", "--intake-persons", "1000,0").err).contains("--intake-persons sizes must be at least 1");
        assertThat(run("--store", "h2", "--duration", "soon").err).contains("not a duration");
        assertThat(run("--store", "h2", "--persons", "0").exit).isEqualTo(2);
    }

    @Test
    void smokeShrinksTheDefaultsButNotWhatIsGiven() {
        BenchCommand command = new BenchCommand();
        CommandLine cl = new CommandLine(command);
        cl.parseArgs("--smoke", "--store", "h2", "--persons", "500");
        BenchCommand.Settings s = command.settings(new PrintWriter(new StringWriter()));
        assertThat(s.persons()).isEqualTo(500);
        assertThat(s.phases().duration()).isEqualTo(java.time.Duration.ofSeconds(1));
        assertThat(s.phases().jitSettle()).isZero();
        assertThat(s.cards()).isEqualTo(10);
        assertThat(s.stores()).containsExactly("h2");

        BenchCommand full = new BenchCommand();
        new CommandLine(full).parseArgs("--store", "h2");
        BenchCommand.Settings d = full.settings(new PrintWriter(new StringWriter()));
        assertThat(d.persons()).isEqualTo(1_000_000);
        assertThat(d.phases().duration()).isEqualTo(java.time.Duration.ofSeconds(20));
        assertThat(d.phases().jitSettle()).isEqualTo(java.time.Duration.ofSeconds(120));
        assertThat(d.connections()).isEqualTo(32);
        assertThat(d.cards()).isEqualTo(1_000);
        assertThat(d.scenarios()).extracting(BenchScenario::name)
                .containsExactly("keyed", "card", "bulk", "terminal", "intake", "scaling");
        assertThat(d.intakePersons()).containsExactly(1_000_000L, 10_000_000L);
        assertThat(d.scalingPersons()).containsExactly(100_000L, 10_000_000L);
        assertThat(s.intakePersons()).containsExactly(2_000L, 5_000L);
    }

    @Test
    void anUnreachablePostgresIsAnErrorWhenAskedFor() {
        Run run = run("--store", "postgres", "--db-url", "jdbc:postgresql://127.0.0.1:1/none");
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("PostgreSQL is not reachable");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new BenchCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
