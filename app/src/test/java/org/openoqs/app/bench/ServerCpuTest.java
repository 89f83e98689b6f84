package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerCpuTest {
    @TempDir
    Path proc;

    @Test
    void sumsUserAndSystemTicksOfPostgresProcessesOnly() throws Exception {
        stat("101", "101 (postgres) S 1 101 101 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 1 0 44800 3133440 387");
        stat("102", "102 (postgres) S 101 101 101 0 -1 4194560 100 0 0 0 7 3 0 0 20 0 1 0 44800 3133440 387");
        stat("200", "200 (java) S 1 200 200 0 -1 4194560 100 0 0 0 9999 9999 0 0 20 0 1 0 44800 3133440 387");
        stat("300", "300 (post gres) x) S 1 300 300 0 -1 4194560 100 0 0 0 5 5 0 0 20 0 1 0 44800 3133440 387");
        Files.createDirectories(proc.resolve("self"));

        assertThat(ServerCpu.postgresCpuNanos(proc)).isEqualTo((250 + 50 + 7 + 3) * 10_000_000L);
    }

    @Test
    void aMissingOrTruncatedStatCountsAsNothing() throws Exception {
        stat("5", "5 (postgres) S 1");
        Files.createDirectories(proc.resolve("6"));

        assertThat(ServerCpu.postgresCpuNanos(proc)).isZero();
        assertThat(ServerCpu.postgresCpuNanos(proc.resolve("absent"))).isZero();
    }

    @Test
    void usageIsPerAnsweredRequest() {
        ServerCpu.Usage usage = new ServerCpu.Reading(5_000_000, 1_000_000).since(new ServerCpu.Reading(1_000_000, 0));

        assertThat(usage.totalNanos()).isEqualTo(5_000_000);
        assertThat(usage.microsPerRequest(100)).isEqualTo(50.0);
        assertThat(usage.microsPerRequest(0)).isZero();
    }

    @Test
    void thisJvmHasUsedSomeCpu() {
        assertThat(ServerCpu.read().jvmNanos()).isPositive();
    }

    private void stat(String pid, String line) throws Exception {
        Files.createDirectories(proc.resolve(pid));
        Files.writeString(proc.resolve(pid).resolve("stat"), line + "\n");
    }
}
