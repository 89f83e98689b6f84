package org.openoqs.central.linkage;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openoqs.wire.intake.IntakeError;
import org.openoqs.wire.intake.MyNumberGuard;

/**
 * Reads a card-link file: CSV with the header {@code InsurerNumber,PersonKey,Certificate} (any order, UTF-8). Every
 * problem is collected with its line and field, so the insurer gets the whole list at once; a file with any problem is
 * refused as a whole.
 */
public final class CardLinkCsvReader {
    static final String INSURER_NUMBER = "InsurerNumber", PERSON_KEY = "PersonKey", CERTIFICATE = "Certificate";
    private static final List<String> REQUIRED = List.of(INSURER_NUMBER, PERSON_KEY, CERTIFICATE);

    /** The rows read and every problem found; rows with a missing value are kept out. */
    public record Result(List<CardLinkRow> rows, List<IntakeError> errors) {}

    public Result read(Reader in) {
        List<CardLinkRow> rows = new ArrayList<>();
        List<IntakeError> errors = new ArrayList<>();
        try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(in)) {
            Map<String, Integer> header = csv.getHeaderMap();
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) errors.add(new IntakeError(1, column, null, "required column is missing"));
            }
            if (!errors.isEmpty()) return new Result(List.of(), errors);
            for (CSVRecord record : csv) {
                long line = record.getRecordNumber() + 1;
                CardLinkRow row = new CardLinkRow(line, value(record, INSURER_NUMBER), value(record, PERSON_KEY),
                        value(record, CERTIFICATE));
                if (check(row, errors)) rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            errors.add(new IntakeError(0, null, null, "not a readable CSV file: " + e.getMessage()));
        }
        return new Result(rows, errors);
    }

    private static boolean check(CardLinkRow row, List<IntakeError> errors) {
        int before = errors.size();
        if (row.insurerNumber() == null) errors.add(new IntakeError(row.line(), INSURER_NUMBER, null, "required"));
        if (row.personKey() == null) {
            errors.add(new IntakeError(row.line(), PERSON_KEY, null, "required"));
        } else if (MyNumberGuard.looksLikeMyNumber(row.personKey())) {
            // Never echo the value: it may be a real My Number.
            errors.add(new IntakeError(row.line(), PERSON_KEY, null,
                    "looks like a 12-digit My Number; PersonKey must be the insurer's opaque key"));
        }
        if (row.certificate() == null) errors.add(new IntakeError(row.line(), CERTIFICATE, null, "required"));
        return errors.size() == before;
    }

    private static String value(CSVRecord record, String column) {
        String v = record.isSet(column) ? record.get(column) : null;
        return v == null || v.isBlank() ? null : v;
    }
}
