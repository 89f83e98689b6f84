package org.openoqs.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.wire.intake.QualificationColumn;
import picocli.CommandLine;

class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesBothFilesAndReportsCounts() throws Exception {
        StringWriter err = new StringWriter();
        int exit = run(err, "--persons", "500", "--seed", "9", "--out", dir.toString());

        assertThat(exit).isZero();
        String qualifications = Files.readString(dir.resolve("qualifications.csv"));
        assertThat(qualifications.lines().findFirst()).contains(String.join(",", QualificationColumn.names()));
        List<CSVRecord> rows = GeneratedPopulation.parse(qualifications);
        assertThat(rows.stream().map(r -> r.get("PersonKey")).distinct()).hasSize(500);
        assertThat(Files.readString(dir.resolve("insurers.csv"))).startsWith("InsurerNumber,InsurerName,kind\n");
        assertThat(dir.resolve("qualifications.csv.part")).doesNotExist();
        assertThat(err.toString()).contains("100%").contains("Generated 500 persons")
                .contains(rows.size() + " rows");
    }

    @Test
    void theFileEqualsWhatTheGeneratorProducesForTheSameSeed() throws Exception {
        run(new StringWriter(), "--persons", "300", "--seed", "4", "--out", dir.toString());
        assertThat(Files.readString(dir.resolve("qualifications.csv")))
                .isEqualTo(GeneratedPopulation.of(300, 4).csv);
    }

    @Test
    void theReferenceDateOptionIsHonoured() throws Exception {
        run(new StringWriter(), "--persons", "200", "--reference-date", "2025-01-15", "--out", dir.toString());
        assertThat(GeneratedPopulation.parse(Files.readString(dir.resolve("qualifications.csv"))))
                .allSatisfy(r -> assertThat(r.get("QualificationDate")).isLessThan("20250115"));
    }

    @Test
    void medicalFilesAreWrittenUnlessSwitchedOff() throws Exception {
        StringWriter err = new StringWriter();
        run(err, "--persons", "120", "--seed", "2", "--out", dir.toString());
        assertThat(Files.readString(dir.resolve("drug-dispensings.csv"))).startsWith("PersonKey,DiDate,MeTrMonth,MeTrDiHCd,");
        assertThat(Files.readString(dir.resolve("health-checkups.csv"))).startsWith("PersonKey,EffectiveTime,ItemCode,");
        assertThat(err.toString()).contains("Generated medical history of 120 persons");

        Path without = dir.resolve("without");
        run(new StringWriter(), "--persons", "120", "--seed", "2", "--out", without.toString(), "--no-medical");
        assertThat(without.resolve("qualifications.csv")).exists();
        assertThat(without.resolve("drug-dispensings.csv")).doesNotExist();
        assertThat(without.resolve("health-checkups.csv")).doesNotExist();
    }

    @Test
    void defaultsAreTenThousandPersonsSeedOneAndTheDataDirectory() {
        GenerateCommand command = new GenerateCommand();
        new CommandLine(command).parseArgs();
        assertThat(command.persons).isEqualTo(10_000);
        assertThat(command.seed).isEqualTo(1);
        assertThat(command.out).isEqualTo(Path.of("./oqs-data/generated"));
        assertThat(command.referenceDate).isEqualTo(PopulationGenerator.DEFAULT_REFERENCE_DATE);
        assertThat(command.medical).isTrue();
    }

    @Test
    void aNegativePersonCountIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "--persons", "-1", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--persons must not be negative");
        assertThat(dir.resolve("qualifications.csv")).doesNotExist();
    }

    private static int run(StringWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new GenerateCommand());
        commandLine.setErr(new PrintWriter(err, true));
        // No cards here: they cost an RSA key each and have their own test (CardGenerationTest).
        String[] withoutCards = java.util.Arrays.copyOf(args, args.length + 2);
        withoutCards[args.length] = "--cards";
        withoutCards[args.length + 1] = "0";
        return commandLine.execute(withoutCards);
    }
}
