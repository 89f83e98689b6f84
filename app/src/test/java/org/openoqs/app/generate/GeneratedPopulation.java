package org.openoqs.app.generate;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Test helper: a population generated in memory, as CSV text and parsed records. */
final class GeneratedPopulation {
    final String csv;
    final GenerationSummary summary;
    final List<CSVRecord> rows;
    final Map<String, Insurer> insurers;

    private GeneratedPopulation(String csv, GenerationSummary summary, InsurerCatalog catalog) {
        this.csv = csv;
        this.summary = summary;
        this.rows = parse(csv);
        this.insurers = catalog.all().stream().collect(Collectors.toMap(Insurer::number, Function.identity()));
    }

    static GeneratedPopulation of(long persons, long seed) {
        return of(persons, seed, PopulationGenerator.DEFAULT_REFERENCE_DATE);
    }

    static GeneratedPopulation of(long persons, long seed, LocalDate referenceDate) {
        PopulationGenerator generator = new PopulationGenerator(seed, referenceDate);
        StringWriter out = new StringWriter();
        GenerationSummary summary = generator.generate(persons, QualificationCsvWriter.to(out), done -> {});
        return new GeneratedPopulation(out.toString(), summary, generator.catalog());
    }

    InsurerKind kindOf(CSVRecord row) {
        return insurers.get(row.get("InsurerNumber")).kind();
    }

    static List<CSVRecord> parse(String csv) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
