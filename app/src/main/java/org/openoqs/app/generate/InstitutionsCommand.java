package org.openoqs.app.generate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.openoqs.app.progress.ProgressBar;
import org.openoqs.core.adoption.InstitutionAdoption;
import org.openoqs.core.adoption.InstitutionCsv;
import org.openoqs.core.adoption.InstitutionPopulationGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code oqs generate institutions}: a synthetic national population of 医療機関・薬局 with their adoption histories
 * ({@link InstitutionPopulationGenerator}), written to {@code DIR/institutions.csv} under a temporary name and renamed
 * when complete. Load it into the portal's 導入状況 dashboard with {@code oqs portal import-institutions}.
 */
@Command(name = "institutions", mixinStandardHelpOptions = true,
        description = "Generate a national population of institutions with adoption histories (institutions.csv) "
                + "for the portal's adoption dashboard.")
public final class InstitutionsCommand implements Callable<Integer> {
    public static final String FILE = "institutions.csv";

    @Spec
    CommandSpec spec;

    @Option(names = "--count", defaultValue = "229717",
            description = "Number of institutions (default ${DEFAULT-VALUE}, the national count of 2023-02-19).")
    int count;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed; same count and seed give an identical file (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", defaultValue = "./oqs-data/generated", description = "Output directory (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (count < 1 || count > InstitutionPopulationGenerator.MAX_COUNT) {
            throw new ParameterException(spec.commandLine(), "--count must be 1–" + InstitutionPopulationGenerator.MAX_COUNT
                    + ": " + count);
        }
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        List<InstitutionAdoption> institutions = new InstitutionPopulationGenerator(seed).generate(count);
        Files.createDirectories(out);
        Path target = out.resolve(FILE);
        try (ProgressBar progress = new ProgressBar(err, "writing", count, "institutions", System.console() != null);
             StagedFile file = StagedFile.open(target)) {
            InstitutionCsv.writeHeader(file.writer());
            int written = 0;
            for (InstitutionAdoption institution : institutions) {
                InstitutionCsv.write(file.writer(), institution);
                if (++written % 10_000 == 0) progress.update(written);
            }
            progress.update(written);
            file.commit();
        }
        long operating = institutions.stream().filter(i -> i.operatingOn() != null).count();
        err.printf("Generated %,d institutions (%,d mandated, %,d operating by the end of the curves) in %.1f s -> %s%n",
                institutions.size(), institutions.stream().filter(InstitutionAdoption::mandated).count(), operating,
                (System.nanoTime() - started) / 1e9, target.toAbsolutePath().normalize());
        return 0;
    }
}
