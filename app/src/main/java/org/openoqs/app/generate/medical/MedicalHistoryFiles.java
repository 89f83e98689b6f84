package org.openoqs.app.generate.medical;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.openoqs.app.generate.AddressPool;
import org.openoqs.app.progress.ProgressBar;
import org.openoqs.wire.intake.DrugDispensingColumn;
import org.openoqs.wire.intake.HealthCheckupColumn;
import org.openoqs.wire.intake.IntakeCsvReader;

/**
 * Writes {@code drug-dispensings.csv} and {@code health-checkups.csv} for the persons of a generated
 * {@code qualifications.csv}, reading it back as a stream: one person at a time is in memory, so ten million persons
 * need no more heap than ten. Each person's history is drawn from a random stream seeded by the seed and the
 * PersonKey alone, so the files are the same for the same qualifications and seed, whatever the order of work.
 */
public final class MedicalHistoryFiles {
    public static final String DRUG_FILE = "drug-dispensings.csv";
    public static final String CHECKUP_FILE = "health-checkups.csv";

    /** What was written. */
    public record Summary(long persons, long treated, long drugLines, long checkupLines) {}

    private final long seed;
    private final LocalDate referenceDate;
    private final AddressPool addresses = new AddressPool();
    private final DispensingHistory dispensings;
    private final CheckupHistory checkups;

    public MedicalHistoryFiles(long seed, LocalDate referenceDate) {
        this.seed = seed;
        this.referenceDate = referenceDate;
        this.dispensings = new DispensingHistory(referenceDate, new MedicalInstitutions(addresses));
        this.checkups = new CheckupHistory(referenceDate);
    }

    /** Writes both files into {@code dir} with a progress bar on {@code err}, then a summary line. */
    public static Summary generate(Path dir, Path qualifications, long seed, LocalDate referenceDate, long persons,
                                   PrintWriter err) throws IOException {
        long started = System.nanoTime();
        Summary summary;
        try (ProgressBar progress = new ProgressBar(err, "medical history", persons, "persons", System.console() != null)) {
            summary = new MedicalHistoryFiles(seed, referenceDate).write(qualifications, dir, progress);
        }
        err.printf("Generated medical history of %,d persons (%,d on regular prescriptions): %,d drug lines, "
                        + "%,d checkup items, in %.1f s -> %s, %s%n", summary.persons(), summary.treated(), summary.drugLines(),
                summary.checkupLines(), (System.nanoTime() - started) / 1e9, DRUG_FILE, CHECKUP_FILE);
        return summary;
    }

    /** Reads {@code qualifications} and writes the two files into {@code dir}; {@code progress} counts persons. */
    public Summary write(Path qualifications, Path dir, LongConsumer progress) throws IOException {
        try (Reader in = Files.newBufferedReader(qualifications, StandardCharsets.UTF_8);
             PatientProfileReader persons = new PatientProfileReader(in, addresses);
             MedicalCsvWriter drugs = new MedicalCsvWriter(dir.resolve(DRUG_FILE), IntakeCsvReader.names(DrugDispensingColumn.class));
             MedicalCsvWriter items = new MedicalCsvWriter(dir.resolve(CHECKUP_FILE), IntakeCsvReader.names(HealthCheckupColumn.class))) {
            long count = 0;
            long treated = 0;
            for (PatientProfile person : persons) {
                SplittableRandom random = new SplittableRandom(personSeed(person.personKey()));
                Set<ChronicCondition> conditions = conditions(person, random);
                if (!conditions.isEmpty()) treated++;
                List<List<CatalogDrug>> regimens = new ArrayList<>();
                for (ChronicCondition c : conditions) regimens.add(c.pickRegimen(random));
                dispensings.lines(person, regimens, random).forEach(line -> drugs.write(line.values()));
                checkups.lines(person, conditions, random).forEach(line -> items.write(line.values()));
                progress.accept(++count);
            }
            drugs.commit();
            items.commit();
            return new Summary(count, treated, drugs.rows(), items.rows());
        }
    }

    /** The conditions the person is treated for at the reference date, by age and sex. */
    private Set<ChronicCondition> conditions(PatientProfile person, SplittableRandom random) {
        int age = person.ageOn(person.lastDay(referenceDate));
        Set<ChronicCondition> conditions = EnumSet.noneOf(ChronicCondition.class);
        for (ChronicCondition c : ChronicCondition.values()) {
            if (random.nextDouble() < c.prevalence(age, person.sex())) conditions.add(c);
        }
        return conditions;
    }

    /** The seed mixed with a 64-bit FNV-1a hash of the PersonKey, through the SplitMix64 finaliser. */
    long personSeed(String personKey) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < personKey.length(); i++) {
            hash ^= personKey.charAt(i);
            hash *= 0x100000001b3L;
        }
        long z = hash ^ (seed * 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
