package org.openoqs.portal.faq;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The FAQ as read from {@code faq.csv}: every entry checked, in file order, grouped by category. A file with an
 * unknown category, a repeated or malformed id, an empty field or a stray placeholder is refused as a whole
 * ({@link FaqFormatException} names file, line and field): a half-loaded FAQ would make シカク silently ignorant.
 */
public final class FaqCatalog {
    static final List<String> COLUMNS = List.of("Id", "Category", "Question", "Answer", "Keywords", "Source");
    /** Filled in with {@link FaqContacts#summary()}, so the phone number lives in configuration only. */
    static final String CONTACTS_PLACEHOLDER = "{お問い合わせ先}";
    private static final Pattern ID = Pattern.compile("FAQ-\\d{3,}");
    /** Answers are 2–6 sentences (docs/faq.md); counted by their closing marks. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。？！]");
    private static final int MIN_SENTENCES = 2;
    private static final int MAX_SENTENCES = 6;

    private final List<FaqEntry> entries;
    private final Map<String, FaqEntry> byId;

    private FaqCatalog(List<FaqEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, FaqEntry> ids = new HashMap<>();
        entries.forEach(e -> ids.put(e.id(), e));
        this.byId = Map.copyOf(ids);
    }

    /**
     * @param file     the file's name for error messages
     * @param contacts what {@value #CONTACTS_PLACEHOLDER} in an answer becomes
     */
    public static FaqCatalog read(Reader reader, String file, FaqContacts contacts) {
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).build();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            checkHeader(parser.getHeaderNames(), file);
            List<FaqEntry> entries = new ArrayList<>();
            Map<String, Long> seen = new HashMap<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                FaqEntry entry = entry(record, file, line, contacts);
                Long earlier = seen.putIfAbsent(entry.id(), line);
                if (earlier != null) throw new FaqFormatException(file, line, "Id", entry.id() + " is already used on line " + earlier);
                entries.add(entry);
            }
            if (entries.isEmpty()) throw new FaqFormatException(file, "no entries", null);
            return new FaqCatalog(entries);
        } catch (IOException e) {
            throw unreadable(file, e);
        } catch (UncheckedIOException e) {
            // commons-csv's record iterator reports an unbalanced quote and the like wrapped this way
            throw unreadable(file, e.getCause());
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new FaqFormatException(file, "not a valid CSV file: " + e.getMessage(), e);
        }
    }

    private static RuntimeException unreadable(String file, IOException e) {
        if (e instanceof CSVException) return new FaqFormatException(file, "not a valid CSV file: " + e.getMessage(), e);
        return new UncheckedIOException(file + ": cannot read the FAQ", e);
    }

    private static void checkHeader(List<String> header, String file) {
        for (String column : COLUMNS) {
            if (!header.contains(column)) {
                throw new FaqFormatException(file, 1, column, "missing column; the header must be " + String.join(",", COLUMNS));
            }
        }
    }

    private static FaqEntry entry(CSVRecord record, String file, long line, FaqContacts contacts) {
        if (!record.isConsistent()) {
            throw new FaqFormatException(file, line, "(all)", "expected " + COLUMNS.size() + " fields, found " + record.size()
                    + " (quote fields that contain commas)");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String column : COLUMNS) {
            String value = record.get(column).strip();
            if (value.isEmpty()) throw new FaqFormatException(file, line, column, "empty");
            fields.put(column, value);
        }
        String id = fields.get("Id");
        if (!ID.matcher(id).matches()) throw new FaqFormatException(file, line, "Id", "'" + id + "' is not of the form FAQ-001");
        FaqCategory category = FaqCategory.ofLabel(fields.get("Category")).orElseThrow(() -> new FaqFormatException(file, line,
                "Category", "unknown category '" + fields.get("Category") + "'; known: " + labels()));
        String answer = answer(fields.get("Answer"), file, line, contacts);
        return new FaqEntry(id, category, fields.get("Question"), answer, keywords(fields.get("Keywords"), file, line),
                fields.get("Source"));
    }

    private static String answer(String text, String file, long line, FaqContacts contacts) {
        String filled = text.replace(CONTACTS_PLACEHOLDER, contacts.summary());
        String withoutPlaceholder = text.replace(CONTACTS_PLACEHOLDER, "");
        if (withoutPlaceholder.contains("{") || withoutPlaceholder.contains("}")) {
            throw new FaqFormatException(file, line, "Answer", "unknown placeholder; only " + CONTACTS_PLACEHOLDER + " is replaced");
        }
        long sentences = SENTENCE_END.matcher(withoutPlaceholder).results().count();
        if (sentences < MIN_SENTENCES || sentences > MAX_SENTENCES) {
            throw new FaqFormatException(file, line, "Answer", sentences + " sentences; write " + MIN_SENTENCES + " to "
                    + MAX_SENTENCES);
        }
        return filled;
    }

    private static List<String> keywords(String text, String file, long line) {
        List<String> keywords = Arrays.stream(text.split(";", -1)).map(String::strip).toList();
        if (keywords.contains("")) throw new FaqFormatException(file, line, "Keywords", "empty keyword (two ; in a row?)");
        return keywords;
    }

    private static String labels() {
        return String.join("、", Arrays.stream(FaqCategory.values()).map(FaqCategory::label).toList());
    }

    public List<FaqEntry> entries() {
        return entries;
    }

    public Optional<FaqEntry> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every category in page order, each with its entries in file order (empty categories included). */
    public Map<FaqCategory, List<FaqEntry>> byCategory() {
        Map<FaqCategory, List<FaqEntry>> groups = new EnumMap<>(FaqCategory.class);
        for (FaqCategory category : FaqCategory.values()) groups.put(category, new ArrayList<>());
        entries.forEach(e -> groups.get(e.category()).add(e));
        groups.replaceAll((category, list) -> Collections.unmodifiableList(list));
        return Collections.unmodifiableMap(groups);
    }
}
