package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoqs.app.OqsCommand;

class LoadGeneratorProcessTest {
    @Test
    void aResultLineBecomesAnOutcome() throws Exception {
        var line = new ObjectMapper().readTree("{\"event\":\"result\",\"target\":\"card-confirm\",\"pid\":77,\"ok\":1000,\"errors\":2,\"seconds\":2.0,"
                + "\"p50Micros\":500,\"p99Micros\":900,\"p999Micros\":990,\"maxMicros\":1200,\"firstError\":\"HTTP 500: x\",\"note\":\"ran out\"}");
        LoadGeneratorProcess.Outcome o = LoadGeneratorProcess.outcome(line);
        assertThat(o.target()).isEqualTo("card-confirm");
        assertThat(o.note()).isEqualTo("ran out");
        assertThat(o.pid()).isEqualTo(77);
        assertThat(o.summary()).isEqualTo(new LatencySummary(1000, 2, 2.0, 500, 900, 990, 1200));
        assertThat(o.firstError()).isEqualTo("HTTP 500: x");
        assertThat(LoadGeneratorProcess.outcome(new ObjectMapper().readTree("{\"event\":\"result\",\"firstError\":null}"))
                .firstError()).isNull();
        assertThat(LoadGeneratorProcess.outcome(new ObjectMapper().readTree("{\"event\":\"result\"}")).note()).isNull();
    }

    @Test
    void theMeasuredChildPrimesWhenAskedAndNotOtherwise() throws Exception {
        var phases = new LoadGeneratorProcess.Phases(Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(3));
        List<String> plain = LoadGeneratorProcess.measuredCommand("http://h:1", "confirm-json", List.of(), Path.of("k.tsv"), 8, phases);
        assertThat(plain).doesNotContain("--prime").containsSequence("--warmup", "2000ms", "--duration", "3000ms");
        List<String> primed = LoadGeneratorProcess.measuredCommand("http://h:1", "confirm-json", List.of("--x", "y"),
                Path.of("k.tsv"), 8, phases.priming(1_500));
        assertThat(primed).containsSequence("--x", "y", "--prime", "1500").containsSequence("--keys", "k.tsv");
        assertThatThrownBy(() -> phases.priming(-1)).hasMessageContaining("negative");
    }

    @Test
    void aPlainClassPathStartsTheLauncherClassWithTheSameJava() throws Exception {
        List<String> command = LoadGeneratorProcess.javaLauncher();
        assertThat(command.get(0)).endsWith("java");
        assertThat(command).contains("-cp", OqsCommand.class.getName()).doesNotContain("-jar");
    }

    @Test
    void onlyASpringBootJarIsStartedWithDashJar() throws Exception {
        assertThat(LoadGeneratorProcess.isSpringBootJar("a.jar" + File.pathSeparator + "b.jar")).isFalse();
        assertThat(LoadGeneratorProcess.isSpringBootJar("target/classes")).isFalse();
    }
}
