package org.openoqs.app.generate.medical;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openoqs.app.generate.AddressPool;
import org.openoqs.app.generate.Municipality;
import org.openoqs.core.code.OqsCode;
import org.openoqs.core.code.Prefecture;
import org.openoqs.core.code.ReasonOfLoss;
import org.openoqs.core.code.Sex;

/**
 * Streams the distinct persons of a {@code qualifications.csv} as {@link PatientProfile}s. A person with two records
 * (a job change) is given once: the generator writes a household's records together, so remembering the last few
 * thousand keys is enough and memory stays flat however large the file.
 */
final class PatientProfileReader implements Closeable, Iterable<PatientProfile> {
    private static final int REMEMBERED_KEYS = 4096;
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private final CSVParser parser;
    private final Map<Prefecture, List<Municipality>> municipalities;
    private final Map<String, Boolean> recent = new LinkedHashMap<>(REMEMBERED_KEYS, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_KEYS;
        }
    };

    PatientProfileReader(Reader qualifications, AddressPool addresses) {
        try {
            this.parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(qualifications);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.municipalities = addresses.municipalities().stream().collect(Collectors.groupingBy(Municipality::prefecture));
    }

    @Override
    public Iterator<PatientProfile> iterator() {
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            PatientProfile next = advance();

            private PatientProfile advance() {
                while (records.hasNext()) {
                    CSVRecord r = records.next();
                    if (recent.put(r.get("PersonKey"), Boolean.TRUE) == null) return profile(r);
                }
                return null;
            }

            @Override public boolean hasNext() { return next != null; }

            @Override public PatientProfile next() {
                if (next == null) throw new NoSuchElementException();
                PatientProfile current = next;
                next = advance();
                return current;
            }
        };
    }

    private PatientProfile profile(CSVRecord r) {
        String address = r.isMapped("Address") ? r.get("Address") : "";
        Prefecture prefecture = Arrays.stream(Prefecture.values()).filter(p -> address.startsWith(p.label())).findFirst()
                .orElse(Prefecture.TOKYO);
        Municipality municipality = municipalities.getOrDefault(prefecture, List.of()).stream()
                .filter(m -> address.startsWith(prefecture.label() + m.name())).findFirst().orElse(null);
        boolean died = r.isMapped("ReasonOfLoss") && ReasonOfLoss.DEATH.code().equals(r.get("ReasonOfLoss"));
        return new PatientProfile(r.get("PersonKey"), LocalDate.parse(r.get("Birthdate"), YYYYMMDD),
                OqsCode.find(Sex.class, r.get("Sex1")).orElse(Sex.UNSET), prefecture, municipality,
                died ? LocalDate.parse(r.get("DisqualificationDate"), YYYYMMDD) : null);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
