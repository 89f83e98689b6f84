package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultReportTest {
    @TempDir
    Path dir;

    private static BenchResult result(String store, String target, long ok, long p99Micros, long errors) {
        return new BenchResult(store, "keyed", target, new LatencySummary(ok, errors, 10.0, 1_000, p99Micros, p99Micros * 2,
                p99Micros * 3), 4242, ok / 1000.0);
    }

    private final ResultReport report = new ResultReport(List.of(
            result("h2", "netty", 500_000, 2_000, 0), result("h2", "ping", 250_000, 4_000, 0),
            result("h2", "confirm-json", 162_000, 12_000, 0), result("h2", "confirm-xml", 125_000, 15_500, 2),
            result("postgres", "ping", 200_000, 5_000, 0), result("postgres", "confirm-json", 100_000, 30_000, 0)));

    @Test
    void theSummaryIsOneLineWithRatiosPerStore() {
        assertThat(report.summary()).isEqualTo("bench h2: netty 50,000/s p99 2.0 ms | ping 25,000/s p99 4.0 ms"
                + " | confirm-json 16,200/s p99 12 ms (0.65 of ping, 0.32 of netty)"
                + " | confirm-xml 12,500/s p99 16 ms 2 errors (0.50 of ping, 0.25 of netty)"
                + " || postgres: ping 20,000/s p99 5.0 ms | confirm-json 10,000/s p99 30 ms (0.50 of ping)");
    }

    @Test
    void theTableHasARowPerTargetAndADashForAMissingReference() {
        String table = report.table();
        assertThat(table).contains("bench h2\n").contains("bench postgres\n");
        assertThat(table.lines().filter(l -> l.startsWith("  confirm-json"))).hasSize(2);
        assertThat(table).containsPattern("  confirm-json +16,200 +1\\.00 +12\\.00 +24\\.00 +0 +0\\.65 +0\\.32");
        assertThat(table).containsPattern("  confirm-json +10,000 +1\\.00 +30\\.00 +60\\.00 +0 +0\\.50 +-");
    }

    @Test
    void jsonAndCsvFilesHoldEveryResultWithItsRatios() throws Exception {
        Path json = dir.resolve("out/results.json");
        report.write(json);
        assertThat(Files.readString(json)).contains("\"target\" : \"confirm-json\"").contains("\"ratioToPing\" : 0.648")
                .contains("\"loadGeneratorPid\" : 4242");
        Path csv = dir.resolve("results.csv");
        report.write(csv);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).startsWith("store,scenario,target,throughput_per_s,");
        assertThat(lines.get(6)).isEqualTo("postgres,keyed,confirm-json,10000.0,1.0,30.0,60.0,90.0,100000,0,10.0,0.5,,4242,100.0,,,");
    }

    private static final BenchResult INTAKE = new BenchResult("h2", "intake", "intake-1m",
            new LatencySummary(1_028_472, 0, 20.0, 0, 0, 0, 0), 7, new BenchResult.Intake(1_000_000, 1_028_472, 333L << 20,
            600L << 20, 2048L << 20));

    private static BenchResult scaling(String target, long p50Micros) {
        return new BenchResult("h2", "scaling", target, new LatencySummary(10_000, 0, 1.0, p50Micros, 9_000, 9_000, 9_000), 9);
    }

    private final ResultReport withIntakeAndScaling = new ResultReport(List.of(INTAKE,
            scaling("confirm-json@100k", 1_000), scaling("confirm-json@10m", 1_250)));

    @Test
    void anIntakeRowGivesRowsPerSecondAndTheHeapInsteadOfLatencies() {
        assertThat(withIntakeAndScaling.table()).contains("  intake-1m              51,424         -         -         -"
                + "         0        -        -          -  rows/s; 1,028,472 rows, peak live heap 333 MiB of 2,048 MiB\n");
        assertThat(withIntakeAndScaling.summary()).contains("intake-1m 51,424 rows/s peak live 333 MiB");
    }

    @Test
    void scalingGivesEachP50AndTheRatioOfTheLargestToTheSmallest() {
        assertThat(withIntakeAndScaling.scalingRatio("h2")).hasValueSatisfying(x -> assertThat(x).isEqualTo(1.25));
        assertThat(withIntakeAndScaling.table()).contains("  scaling: p50 at the largest population / p50 at the smallest = 1.25\n");
        assertThat(withIntakeAndScaling.summary()).endsWith("confirm-json@100k p50 1.0 ms | confirm-json@10m p50 1.3 ms"
                + " | scaling p50 ratio 1.25");
        assertThat(report.scalingRatio("h2")).isEmpty();
    }

    @Test
    void filesCarryTheIntakeRowsAndHeap() throws Exception {
        Path csv = dir.resolve("intake.csv");
        withIntakeAndScaling.write(csv);
        assertThat(Files.readAllLines(csv).get(1)).endsWith(",7,,1028472,333,2048");
        Path json = dir.resolve("intake.json");
        withIntakeAndScaling.write(json);
        assertThat(Files.readString(json)).contains("\"peakLiveMiB\" : 333").contains("\"rows\" : null");
    }
}
