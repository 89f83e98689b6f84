package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The load generator against the raw Netty server, in this JVM: JSON lines out, every answer checked. */
class LoadGeneratorCommandTest {
    private static final CardKey KEY = new CardKey("01130012", "千代田12", "100001", "01", "19800415");

    @Test
    void reportsProgressThenOneResultWithoutErrors() throws Exception {
        try (HelloServer hello = HelloServer.start(0)) {
            List<JsonNode> events = run("--url", "http://127.0.0.1:" + hello.port(), "--target", "netty",
                    "--connections", "2", "--warmup", "300ms", "--duration", "1200ms");
            assertThat(events).anySatisfy(e -> assertThat(e.get("event").asText()).isEqualTo("progress"));
            JsonNode result = events.get(events.size() - 1);
            assertThat(result.get("event").asText()).isEqualTo("result");
            assertThat(result.get("target").asText()).isEqualTo("netty");
            assertThat(result.get("pid").asLong()).isEqualTo(ProcessHandle.current().pid());
            assertThat(result.get("ok").asLong()).isPositive();
            assertThat(result.get("errors").asLong()).isZero();
            assertThat(result.get("p99Micros").asLong()).isGreaterThanOrEqualTo(result.get("p50Micros").asLong());
        }
    }

    @Test
    void aWrongBodyIsCountedAsAnError() throws Exception {
        // The hello server answers 200 "hello", which is not a ping's "pong".
        try (HelloServer hello = HelloServer.start(0)) {
            List<JsonNode> events = run("--url", "http://127.0.0.1:" + hello.port(), "--target", "ping",
                    "--connections", "1", "--warmup", "100ms", "--duration", "500ms");
            JsonNode result = events.get(events.size() - 1);
            assertThat(result.get("ok").asLong()).isZero();
            assertThat(result.get("errors").asLong()).isPositive();
            assertThat(result.get("firstError").asText()).contains("unexpected body").contains("pong");
        }
    }

    @Test
    void aPrimingPassComesBeforeTheWarmUp(@TempDir Path dir) throws Exception {
        Path keys = dir.resolve("keys.tsv");
        Files.write(keys, List.of(KEY.toLine(), KEY.toLine(), KEY.toLine()), StandardCharsets.UTF_8);
        // The hello server's answer is no confirmation (counted as errors); what matters here is the order of phases.
        try (HelloServer hello = HelloServer.start(0)) {
            List<String> phases = run("--url", "http://127.0.0.1:" + hello.port(), "--target", "confirm-json",
                    "--keys", keys.toString(), "--prime", "3", "--connections", "1", "--warmup", "300ms", "--duration", "300ms")
                    .stream().filter(e -> e.get("event").asText().equals("progress")).map(e -> e.get("phase").asText())
                    .distinct().toList();
            assertThat(phases).containsExactly("prime", "warmup", "measure");
        }
    }

    @Test
    void aPrimingPassThatRunsOutOfTimeIsNotedInTheResult(@TempDir Path dir) throws Exception {
        Path keys = dir.resolve("keys.tsv");
        Files.write(keys, java.util.Collections.nCopies(200_000, KEY.toLine()), StandardCharsets.UTF_8);
        try (HelloServer hello = HelloServer.start(0)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            LoadGeneratorCommand command = new LoadGeneratorCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            command.primeLimit = java.time.Duration.ofMillis(200);
            int exit = new CommandLine(command).execute("--url", "http://127.0.0.1:" + hello.port(), "--target", "confirm-json",
                    "--keys", keys.toString(), "--prime", "200000", "--connections", "1", "--warmup", "100ms", "--duration", "100ms");
            assertThat(exit).isZero();
            String result = bytes.toString(StandardCharsets.UTF_8).lines().reduce((a, b) -> b).orElseThrow();
            assertThat(result).contains("\"note\":\"the cache was not fully primed: ").contains(" of 200,000 keys sent in 0.2 s");
        }
    }

    @Test
    void onlyKeyedTargetsPrime() throws Exception {
        try (HelloServer hello = HelloServer.start(0)) {
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new LoadGeneratorCommand(new PrintStream(new ByteArrayOutputStream())));
            cli.setErr(new PrintWriter(err));
            int exit = cli.execute("--url", "http://127.0.0.1:" + hello.port(), "--target", "netty", "--prime", "5");
            assertThat(exit).isNotZero();
            assertThat(err.toString()).contains("--prime needs a keyed target, not netty");
        }
    }

    private static List<JsonNode> run(String... args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = new CommandLine(new LoadGeneratorCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8))).execute(args);
        assertThat(exit).isZero();
        ObjectMapper json = new ObjectMapper();
        return bytes.toString(StandardCharsets.UTF_8).lines().map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + l, e);
            }
        }).toList();
    }
}
