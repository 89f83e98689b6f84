package org.openoqs.app.generate.medical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.app.generate.PopulationGenerator;
import org.openoqs.app.generate.QualificationCsvWriter;
import org.openoqs.core.medical.DrugDispensing;
import org.openoqs.core.medical.HealthCheckupItem;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.wire.intake.DrugDispensingCsvReader;
import org.openoqs.wire.intake.HealthCheckupCsvReader;
import org.openoqs.wire.intake.IntakeLine;

/** The medical files of a generated population: valid for the intake, deterministic, and plausible. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MedicalHistoryFilesTest {
    static final LocalDate REFERENCE = PopulationGenerator.DEFAULT_REFERENCE_DATE;
    static final int PERSONS = 1500;

    @TempDir static Path dir;
    Path qualifications;
    MedicalHistoryFiles.Summary summary;
    Map<String, CSVRecord> people = new HashMap<>();
    List<DrugDispensing> drugs = new ArrayList<>();
    List<HealthCheckupItem> items = new ArrayList<>();

    @BeforeAll
    void generate() throws IOException {
        qualifications = dir.resolve("qualifications.csv");
        try (QualificationCsvWriter writer = QualificationCsvWriter.open(qualifications)) {
            new PopulationGenerator(11, REFERENCE).generate(PERSONS, writer, n -> { });
            writer.commit();
        }
        List<Long> progress = new ArrayList<>();
        summary = new MedicalHistoryFiles(11, REFERENCE).write(qualifications, dir, progress::add);
        assertThat(progress).last().isEqualTo((long) PERSONS);
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(qualifications))) {
            people.putIfAbsent(r.get("PersonKey"), r);
        }
        try (Reader in = Files.newBufferedReader(dir.resolve(MedicalHistoryFiles.DRUG_FILE));
             DrugDispensingCsvReader reader = new DrugDispensingCsvReader(in)) {
            assertThat(reader.headerErrors()).isEmpty();
            for (IntakeLine<DrugDispensing> line : reader) {
                assertThat(line.errors()).as("line %d", line.line()).isEmpty();
                drugs.add(line.value());
            }
        }
        try (Reader in = Files.newBufferedReader(dir.resolve(MedicalHistoryFiles.CHECKUP_FILE));
             HealthCheckupCsvReader reader = new HealthCheckupCsvReader(in)) {
            assertThat(reader.headerErrors()).isEmpty();
            for (IntakeLine<HealthCheckupItem> line : reader) {
                assertThat(line.errors()).as("line %d", line.line()).isEmpty();
                items.add(line.value());
            }
        }
    }

    LocalDate birthdate(String personKey) {
        return LocalDate.parse(people.get(personKey).get("Birthdate"), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    }

    int age(String personKey, LocalDate on) {
        return (int) ChronoUnit.YEARS.between(birthdate(personKey), on);
    }

    @Test
    void everyPersonIsCoveredOnceAndTheCountsAdd() {
        assertThat(summary.persons()).isEqualTo(PERSONS);
        assertThat(summary.drugLines()).isEqualTo(drugs.size());
        assertThat(summary.checkupLines()).isEqualTo(items.size());
        assertThat(drugs).extracting(DrugDispensing::personKey).allMatch(people::containsKey);
        assertThat(dir.resolve(MedicalHistoryFiles.DRUG_FILE + ".part")).doesNotExist();
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() throws IOException {
        Path again = Files.createDirectories(dir.resolve("again"));
        Path other = Files.createDirectories(dir.resolve("other"));
        new MedicalHistoryFiles(11, REFERENCE).write(qualifications, again, n -> { });
        new MedicalHistoryFiles(12, REFERENCE).write(qualifications, other, n -> { });
        for (String file : List.of(MedicalHistoryFiles.DRUG_FILE, MedicalHistoryFiles.CHECKUP_FILE)) {
            assertThat(again.resolve(file)).hasSameBinaryContentAs(dir.resolve(file));
            assertThat(Files.mismatch(other.resolve(file), dir.resolve(file))).isNotEqualTo(-1L);
        }
    }

    @Test
    void eachPersonsLinesComeTogetherSoTheIntakeCanNumberRepeats() {
        Set<String> finished = new HashSet<>();
        String current = null;
        for (DrugDispensing d : drugs) {
            if (!d.personKey().equals(current)) {
                assertThat(finished.add(d.personKey())).as("lines of %s split", d.personKey()).isTrue();
                current = d.personKey();
            }
        }
    }

    @Test
    void dispensingsLieInTheThreeYearWindowAfterBirthAndBeforeDeath() {
        LocalDate windowStart = REFERENCE.minusYears(3).plusDays(1);
        Map<String, LocalDate> deaths = people.values().stream().filter(r -> "01".equals(r.get("ReasonOfLoss")))
                .collect(Collectors.toMap(r -> r.get("PersonKey"), r -> LocalDate.parse(r.get("DisqualificationDate"),
                        java.time.format.DateTimeFormatter.BASIC_ISO_DATE)));
        assertThat(drugs).allSatisfy(d -> {
            assertThat(d.diDate()).isBetween(windowStart, REFERENCE).isAfterOrEqualTo(birthdate(d.personKey()));
            if (deaths.containsKey(d.personKey())) assertThat(d.diDate()).isBefore(deaths.get(d.personKey()));
            assertThat(d.meTrMonth()).isEqualTo(YearMonth.from(d.diDate()));
            if (d.prDate() != null) assertThat(d.prDate()).isBetween(d.diDate().minusDays(1), d.diDate());
        });
    }

    @Test
    void pharmaciesDispenseOutsideAndClinicsInHouse() {
        assertThat(drugs).allSatisfy(d -> {
            boolean pharmacy = d.meTrDiHCd().feeSchedule() == MedicalInstitutionCode.FeeSchedule.PHARMACY;
            assertThat(d.inOut().code()).isEqualTo(pharmacy ? "2" : "1");
            assertThat(d.prDate() != null).isEqualTo(pharmacy);
        });
        assertThat(drugs).anySatisfy(d -> assertThat(d.inOut().code()).isEqualTo("1"));
        long pharmacies = drugs.stream().filter(d -> d.inOut().code().equals("2")).count();
        assertThat(pharmacies).isGreaterThan(drugs.size() / 2);
    }

    @Test
    void olderPeopleHaveMoreRegularPrescriptions() {
        Map<String, Long> linesPerPerson = drugs.stream().collect(Collectors.groupingBy(DrugDispensing::personKey, Collectors.counting()));
        double young = average(linesPerPerson, 20, 39);
        double old = average(linesPerPerson, 75, 110);
        assertThat(old).isGreaterThan(2.5 * young);
        assertThat(summary.treated()).isBetween(PERSONS / 5L, PERSONS * 4L / 5);
        // Someone on long-term treatment gets the same drug again and again.
        assertThat(drugs.stream().collect(Collectors.groupingBy(d -> d.personKey() + d.drugC(), Collectors.counting()))
                .values()).anyMatch(n -> n >= 12);
    }

    private double average(Map<String, Long> linesPerPerson, int fromAge, int toAge) {
        List<String> band = people.keySet().stream().filter(k -> {
            int age = age(k, REFERENCE);
            return age >= fromAge && age <= toAge;
        }).toList();
        assertThat(band).hasSizeGreaterThan(50);
        return band.stream().mapToLong(k -> linesPerPerson.getOrDefault(k, 0L)).average().orElseThrow();
    }

    @Test
    void checkupsAreYearlyFrom40To74WithTheStandardItems() {
        Map<String, List<HealthCheckupItem>> byCheckup = items.stream()
                .collect(Collectors.groupingBy(i -> i.personKey() + "/" + i.effectiveTime()));
        assertThat(byCheckup.values()).allSatisfy(checkup -> {
            HealthCheckupItem first = checkup.get(0);
            assertThat(age(first.personKey(), first.effectiveTime())).isBetween(40, 74);
            assertThat(first.effectiveTime()).isBetween(REFERENCE.minusYears(5).plusDays(1), REFERENCE);
            assertThat(checkup).extracting(i -> i.itemName()).containsExactly("身長", "体重", "BMI", "腹囲（実測）",
                    "収縮期血圧（その他）", "拡張期血圧（その他）", "中性脂肪（トリグリセリド）", "HDLコレステロール", "LDLコレステロール",
                    "GOT（AST）", "GPT（ALT）", "γ-GT（γ-GTP）", "空腹時血糖", "HbA1c（NGSP値）", "尿糖", "尿蛋白");
        });
        Map<String, Long> perPersonAndFiscalYear = byCheckup.values().stream().map(c -> c.get(0))
                .collect(Collectors.groupingBy(i -> i.personKey() + "/" + fiscalYear(i.effectiveTime()), Collectors.counting()));
        assertThat(perPersonAndFiscalYear.values()).allMatch(n -> n == 1);
        long eligible = people.keySet().stream().filter(k -> age(k, REFERENCE) >= 41 && age(k, REFERENCE) <= 74).count();
        long examined = items.stream().filter(i -> i.effectiveTime().isAfter(REFERENCE.minusYears(1)))
                .map(HealthCheckupItem::personKey).distinct().count();
        assertThat((double) examined / eligible).isBetween(0.35, 0.75);
    }

    @Test
    void checkupValuesArePlausible() {
        assertThat(values("BMI")).allMatch(v -> v >= 14 && v <= 45);
        assertThat(values("身長")).allMatch(v -> v >= 130 && v <= 200);
        assertThat(values("収縮期血圧（その他）")).allMatch(v -> v >= 85 && v <= 210);
        assertThat(values("HbA1c（NGSP値）")).allMatch(v -> v >= 4.2 && v <= 13);
        assertThat(median(values("HbA1c（NGSP値）"))).isBetween(5.3, 6.0);
        assertThat(median(values("収縮期血圧（その他）"))).isBetween(115.0, 140.0);
        assertThat(median(values("LDLコレステロール"))).isBetween(100.0, 140.0);
        assertThat(items.stream().filter(i -> i.itemName().equals("尿蛋白")).map(HealthCheckupItem::dataValue))
                .allMatch(v -> v.matches("[1-5]")).contains("1");
    }

    private List<Double> values(String name) {
        return items.stream().filter(i -> i.itemName().equals(name)).map(i -> new BigDecimal(i.dataValue()).doubleValue()).toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static int fiscalYear(LocalDate d) {
        return d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
    }
}
