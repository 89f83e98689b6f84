package org.openoqs.core.adoption;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.code.Prefecture;
import org.openoqs.core.institution.InstitutionType;
import org.openoqs.core.number.MedicalInstitutionCode;

/**
 * {@code institutions.csv}, the adoption registry's exchange file: UTF-8 (a leading byte-order mark is written, so
 * Excel reads the names, and skipped on reading), one header line in the code vocabulary ({@link #COLUMNS}, any
 * order on reading), one institution per line. Fields are quoted as in RFC 4180 when they hold a comma or a quote;
 * a line break inside a field is not accepted (names never need one). Dates are {@code yyyy-MM-dd}, empty while the
 * stage is not reached; {@code Mandated} is {@code true} or {@code false}; {@code InstitutionType} is the enum name
 * (the Japanese label is accepted too); {@code PrefectureCode} is the two-digit JIS code.
 *
 * <p>This is the only reader of the file: the CLI writes it, the portal's importer reads it. Every error names the
 * file, the line and the column; a 医療機関等コード repeated in the file is an error.
 */
public final class InstitutionCsv {
    public static final List<String> COLUMNS = List.of("MedicalInstitutionCode", "PrefectureCode", "InstitutionType",
            "InstitutionName", "Mandated", "CardReaderAppliedOn", "UsageAppliedOn", "ReadyOn", "OperatingOn");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private InstitutionCsv() {}

    /** Writes the header. */
    public static void writeHeader(Writer out) throws IOException {
        out.write('\uFEFF');
        out.write(String.join(",", COLUMNS));
        out.write("\r\n");
    }

    /** Writes one institution as a line. */
    public static void write(Writer out, InstitutionAdoption institution) throws IOException {
        List<String> fields = List.of(institution.medicalInstitutionCode().value(), institution.prefecture().code(),
                institution.institutionType().name(), institution.institutionName(), Boolean.toString(institution.mandated()),
                date(institution.cardReaderAppliedOn()), date(institution.usageAppliedOn()), date(institution.readyOn()),
                date(institution.operatingOn()));
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.write(',');
            out.write(quoted(fields.get(i)));
        }
        out.write("\r\n");
    }

    /**
     * Reads every institution, handing each to {@code sink} in file order; stops at the first error.
     *
     * @param source the file's name for error messages
     * @return the number of institutions read
     */
    public static int read(Reader reader, String source, Consumer<InstitutionAdoption> sink) {
        try (BufferedReader lines = new BufferedReader(reader)) {
            String text = lines.readLine();
            if (text == null) throw new InstitutionCsvException(source, 0, null, "empty file: a header line is expected");
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            int[] positions = header(source, split(source, 1, text));
            Map<String, Integer> seen = new HashMap<>();
            int line = 1;
            int count = 0;
            while ((text = lines.readLine()) != null) {
                line++;
                if (text.isBlank()) continue;
                InstitutionAdoption institution = row(source, line, split(source, line, text), positions);
                Integer first = seen.putIfAbsent(institution.medicalInstitutionCode().value(), line);
                if (first != null) {
                    throw new InstitutionCsvException(source, line, "MedicalInstitutionCode", "repeated: "
                            + institution.medicalInstitutionCode() + " is already on line " + first);
                }
                sink.accept(institution);
                count++;
            }
            return count;
        } catch (IOException | UncheckedIOException e) {
            throw new InstitutionCsvException(source, 0, null, "cannot be read: " + e.getMessage());
        }
    }

    /** Where each of {@link #COLUMNS} is in the file's header. */
    private static int[] header(String source, List<String> names) {
        int[] positions = new int[COLUMNS.size()];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            int column = COLUMNS.indexOf(name);
            if (column < 0) throw new InstitutionCsvException(source, 1, name, "unknown column; expected " + COLUMNS);
            if (names.subList(0, i).stream().map(String::strip).anyMatch(name::equals)) {
                throw new InstitutionCsvException(source, 1, name, "repeated column");
            }
            positions[column] = i;
        }
        for (String name : COLUMNS) {
            if (names.stream().map(String::strip).noneMatch(name::equals)) {
                throw new InstitutionCsvException(source, 1, name, "missing from the header");
            }
        }
        return positions;
    }

    private static InstitutionAdoption row(String source, int line, List<String> fields, int[] positions) {
        if (fields.size() != COLUMNS.size()) {
            throw new InstitutionCsvException(source, line, null, "expected " + COLUMNS.size() + " fields as in the "
                    + "header, found " + fields.size());
        }
        Field field = column -> fields.get(positions[COLUMNS.indexOf(column)]).strip();
        try {
            MedicalInstitutionCode code = MedicalInstitutionCode.parse(field.get("MedicalInstitutionCode"));
            return new InstitutionAdoption(code, prefecture(field.get("PrefectureCode")),
                    InstitutionType.parse(field.get("InstitutionType")), field.get("InstitutionName"),
                    bool(field.get("Mandated")), date(field, "CardReaderAppliedOn"), date(field, "UsageAppliedOn"),
                    date(field, "ReadyOn"), date(field, "OperatingOn"));
        } catch (InvalidValueException e) {
            String value = e.value() == null ? "" : ": '" + e.value() + "'";
            throw new InstitutionCsvException(source, line, e.field(), e.reason() + value);
        }
    }

    private interface Field {
        String get(String column);
    }

    private static Prefecture prefecture(String raw) {
        if (!raw.matches("[0-9]{2}")) throw new InvalidValueException("PrefectureCode", raw, "must be two digits 01–47");
        int number = Integer.parseInt(raw);
        if (number < 1 || number > 47) throw new InvalidValueException("PrefectureCode", raw, "must be 01–47");
        return Prefecture.fromNumber(number).orElseThrow();
    }

    private static boolean bool(String raw) {
        if (raw.equalsIgnoreCase("true")) return true;
        if (raw.equalsIgnoreCase("false")) return false;
        throw new InvalidValueException("Mandated", raw, "must be true or false");
    }

    private static LocalDate date(Field field, String column) {
        String raw = field.get(column);
        if (raw.isEmpty()) return null;
        try {
            return LocalDate.parse(raw, DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(column, raw, "not a date yyyy-MM-dd");
        }
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0) return field;
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** RFC 4180 fields of one physical line. */
    static List<String> split(String source, int line, String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < text.length() && text.charAt(i) == '"') {
                i = quotedField(source, line, text, i + 1, field);
                if (i < text.length() && text.charAt(i) != ',') {
                    throw new InstitutionCsvException(source, line, null, "text after a closing quote in field "
                            + (fields.size() + 1));
                }
            } else {
                int comma = text.indexOf(',', i);
                int end = comma < 0 ? text.length() : comma;
                String plain = text.substring(i, end);
                if (plain.indexOf('"') >= 0) {
                    throw new InstitutionCsvException(source, line, null, "a quote inside unquoted field " + (fields.size() + 1));
                }
                field.append(plain);
                i = end;
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= text.length()) return fields;
            i++; // the comma
        }
    }

    private static int quotedField(String source, int line, String text, int i, StringBuilder field) {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '"') {
                field.append(c);
                i++;
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i += 2;
            } else {
                return i + 1;
            }
        }
        throw new InstitutionCsvException(source, line, null, "unterminated quoted field (a line break inside a field "
                + "is not accepted)");
    }
}
