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
        assertThat(lines.get(6)).isEqualTo("postgres,keyed,confirm-json,10000.0,1.0,30.0,60.0,90.0,100000,0,10.0,0.5,,4242,100.0");
    }
}
