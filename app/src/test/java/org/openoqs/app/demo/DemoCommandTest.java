package org.openoqs.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.app.AppTestSupport;
import org.openoqs.app.OqsCommand;
import picocli.CommandLine;

/** The demo as a new user runs it: generate, start, load, print a first confirmation — twice on the same data. */
class DemoCommandTest {
    @TempDir Path dataDir;

    @Test
    void setsUpTheWholeSystemAndCanBeRunAgain() throws Exception {
        String first = runDemo();
        assertThat(first).contains("OpenOQS demo: central service on http://localhost:")
                .contains("/api/v1/qualification-confirmations").contains("\"QualificationConfirmSearchInfo\"")
                .contains("./oqs intake").contains("OQSsiquc01req_0001.xml");
        assertThat(dataDir.resolve("terminal/req")).isDirectory();
        assertThat(dataDir.resolve("terminal/res")).isDirectory();
        assertThat(dataDir.resolve("terminal/face")).isDirectory();
        assertThat(dataDir.resolve("insurer-token")).exists();
        assertThat(first).contains("/kiosk").contains("/patient").contains("PIN ");
        assertThat(dataDir.resolve("terminal/admin-password")).exists();
        Path sample = dataDir.resolve("sample-OQSsiquc01req.xml");
        assertThat(Files.readString(sample)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>")
                .contains("<InsuredIdentificationNumber>");
        String token = Files.readString(dataDir.resolve("insurer-token"));

        assertThat(first).as("the portal is part of the demo").contains("Portal (医療機関等向けポータルサイト): http://127.0.0.1:")
                .contains("operator");
        assertThat(first).as("the adoption dashboard's staff").contains("/dashboard").contains("'mhlw' password "
                + Files.readString(dataDir.resolve("portal-mhlw-password")).strip()).contains("'yamanashi' password ");
        assertThat(dataDir.resolve("institutions.csv")).exists();
        long written = Files.size(dataDir.resolve("institutions.csv"));

        String second = runDemo();
        assertThat(Files.size(dataDir.resolve("institutions.csv"))).as("imported once").isEqualTo(written);
        assertThat(second).contains("OpenOQS demo");
        assertThat(Files.readString(dataDir.resolve("insurer-token"))).as("the credential is reused").isEqualTo(token);
    }

    private String runDemo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(new OqsCommand()).execute("demo", "--persons", "300", "--port",
                    Integer.toString(AppTestSupport.freePort()), "--data-dir", dataDir.toString(), "--terminal-dir", dataDir.resolve("terminal").toString(),
                    "--web-port", Integer.toString(AppTestSupport.freePort()),
                    "--portal-port", Integer.toString(AppTestSupport.freePort()), "--exit-after-setup");
            assertThat(exit).isZero();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
