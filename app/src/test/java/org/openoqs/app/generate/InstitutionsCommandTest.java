package org.openoqs.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.core.adoption.InstitutionAdoption;
import org.openoqs.core.adoption.InstitutionCsv;
import org.openoqs.core.adoption.InstitutionPopulationGenerator;
import picocli.CommandLine;

class InstitutionsCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheGeneratorsPopulationAsInstitutionsCsv() throws Exception {
        StringWriter err = new StringWriter();
        int exit = run(err, "institutions", "--count", "3000", "--seed", "5", "--out", dir.toString());
        assertThat(exit).isZero();
        List<InstitutionAdoption> read = new ArrayList<>();
        InstitutionCsv.read(new StringReader(Files.readString(dir.resolve("institutions.csv"))), "institutions.csv", read::add);
        assertThat(read).isEqualTo(new InstitutionPopulationGenerator(5).generate(3000));
        assertThat(dir.resolve("institutions.csv.part")).doesNotExist();
        assertThat(dir.resolve("qualifications.csv")).as("the person population is not generated").doesNotExist();
        assertThat(err.toString()).contains("100%").contains("Generated 3,000 institutions");
    }

    @Test
    void defaultsAreTheNationalCountAndSeedOne() {
        InstitutionsCommand command = new InstitutionsCommand();
        new CommandLine(command).parseArgs();
        assertThat(command.count).isEqualTo(229_717);
        assertThat(command.seed).isEqualTo(1);
        assertThat(command.out).isEqualTo(Path.of("./oqs-data/generated"));
    }

    @Test
    void aCountOutOfRangeIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "institutions", "--count", "0", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--count must be 1–1000000");
        assertThat(dir.resolve("institutions.csv")).doesNotExist();
    }

    @Test
    void generateWithoutTheSubcommandStillWritesThePersons() {
        int exit = run(new StringWriter(), "--persons", "50", "--cards", "0", "--no-medical", "--out", dir.toString());
        assertThat(exit).isZero();
        assertThat(dir.resolve("qualifications.csv")).exists();
        assertThat(dir.resolve("institutions.csv")).doesNotExist();
    }

    private static int run(StringWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new GenerateCommand());
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
