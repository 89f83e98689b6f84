package org.openoqs.app.generate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.openoqs.app.generate.medical.MedicalHistoryFiles;
import org.openoqs.app.progress.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code oqs generate}: writes a deterministic synthetic population for insurer intake, {@code DIR/qualifications.csv}
 * (the intake CSV) and {@code DIR/insurers.csv} (the insurer catalogue). Both files are written under a temporary
 * name and renamed when complete, so a partial file never appears under the final name. Unless {@code --no-medical},
 * also {@code drug-dispensings.csv} and {@code health-checkups.csv} for the same persons ({@link MedicalHistoryFiles}).
 * The subcommand {@code oqs generate institutions} ({@link InstitutionsCommand}) writes the institution population
 * for the adoption dashboard; without it, this command runs as it always did.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a deterministic synthetic insured population as intake CSV "
                + "(qualifications.csv) plus the insurer catalogue (insurers.csv); 'generate institutions' writes "
                + "institutions with adoption histories instead.",
        subcommands = InstitutionsCommand.class)
public final class GenerateCommand implements Callable<Integer> {
    public static final String QUALIFICATIONS_FILE = "qualifications.csv";
    public static final String INSURERS_FILE = "insurers.csv";

    @Spec
    CommandSpec spec;

    @Option(names = "--persons", defaultValue = "10000", description = "Number of distinct persons (default ${DEFAULT-VALUE}).")
    long persons;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed; same persons and seed give identical files (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", defaultValue = "./oqs-data/generated", description = "Output directory (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--reference-date", defaultValue = "2026-04-01",
            description = "Date the population is valid on, yyyy-MM-dd (default ${DEFAULT-VALUE}).")
    LocalDate referenceDate;

    @Option(names = "--cards", defaultValue = "20", description = "Virtual My Number cards to issue for a sample of the "
            + "persons, into DIR/cards with cards.csv and card-links.csv (default ${DEFAULT-VALUE}; 0 = none; ~0.1 s each).")
    int cards;

    @Option(names = "--jpki-dir", description = "The JPKI authority to issue cards from (default: DIR/jpki, created if absent).")
    Path jpkiDir;

    @Option(names = "--medical", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also write drug-dispensings.csv and health-checkups.csv for the persons (default: on; --no-medical skips).")
    boolean medical;

    @Override
    public Integer call() throws IOException {
        if (persons < 0) {
            throw new ParameterException(spec.commandLine(), "--persons must not be negative: " + persons);
        }
        if (cards < 0) throw new ParameterException(spec.commandLine(), "--cards must not be negative: " + cards);
        PrintWriter err = spec.commandLine().getErr();
        Files.createDirectories(out);
        long started = System.nanoTime();
        PopulationGenerator generator = new PopulationGenerator(seed, referenceDate);
        writeInsurers(generator.catalog());
        GenerationSummary summary = writeQualifications(generator, err);
        err.printf("Generated %,d persons in %,d households: %,d rows (%,d job changes, %,d deaths, %,d twin pairs, "
                        + "%,d 後期高齢), %,d insurers, in %.1f s -> %s%n",
                summary.persons(), summary.households(), summary.rows(), summary.jobChanges(), summary.deaths(),
                summary.twinPairs(), summary.kokiKorei(), generator.catalog().all().size(),
                (System.nanoTime() - started) / 1e9, out.toAbsolutePath().normalize());
        if (cards > 0) new CardGeneration(seed, referenceDate, out, jpkiDir, Clock.systemDefaultZone()).run(cards, err);
        if (medical) MedicalHistoryFiles.generate(out, out.resolve(QUALIFICATIONS_FILE), seed, referenceDate, summary.persons(), err);
        return 0;
    }

    private void writeInsurers(InsurerCatalog catalog) throws IOException {
        try (StagedFile file = StagedFile.open(out.resolve(INSURERS_FILE))) {
            catalog.writeCsv(file.writer());
            file.commit();
        }
    }

    private GenerationSummary writeQualifications(PopulationGenerator generator, PrintWriter err)
            throws IOException {
        try (ProgressBar progress = new ProgressBar(err, "generating", persons, "persons", System.console() != null);
             QualificationCsvWriter writer = QualificationCsvWriter.open(out.resolve(QUALIFICATIONS_FILE))) {
            GenerationSummary summary = generator.generate(persons, writer, progress);
            writer.commit();
            return summary;
        }
    }
}
