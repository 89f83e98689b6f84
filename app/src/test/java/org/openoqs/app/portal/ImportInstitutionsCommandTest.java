package org.openoqs.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.app.OqsCommand;
import picocli.CommandLine;

class ImportInstitutionsCommandTest {
    @TempDir
    Path dir;

    @Test
    void importsAGeneratedFileAndRefusesABadOneLeavingTheRegistryAsItWas() throws Exception {
        Path generated = dir.resolve("generated");
        assertThat(new CommandLine(new OqsCommand()).execute("generate", "institutions", "--count", "2000", "--seed", "3",
                "--out", generated.toString())).isZero();
        Path data = dir.resolve("data");
        StringWriter out = new StringWriter();
        assertThat(run(out, new StringWriter(), "portal", "import-institutions", generated.resolve("institutions.csv").toString(),
                "--data-dir", data.toString())).isZero();
        assertThat(out.toString()).contains("imported 2,000 institutions from institutions.csv").contains("(import #1)");

        Path bad = dir.resolve("bad.csv");
        String good = Files.readString(generated.resolve("institutions.csv"));
        Files.writeString(bad, good.replaceFirst("\r\n([0-9]{10}),", "\r\n$1x,"));
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "portal", "import-institutions", bad.toString(), "--data-dir", data.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("nothing imported: bad.csv line 2, column MedicalInstitutionCode");

        StringWriter again = new StringWriter();
        assertThat(run(again, new StringWriter(), "portal", "import-institutions", generated.resolve("institutions.csv").toString(),
                "--data-dir", data.toString())).isZero();
        assertThat(again.toString()).as("the failed import left no log entry").contains("(import #2)");
    }

    @Test
    void aMissingFileIsReported() {
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "portal", "import-institutions", dir.resolve("none.csv").toString(),
                "--data-dir", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("none.csv: no such file");
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new OqsCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
