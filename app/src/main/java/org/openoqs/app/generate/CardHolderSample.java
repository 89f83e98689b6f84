package org.openoqs.app.generate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openoqs.core.code.OqsCode;
import org.openoqs.core.code.Sex;
import org.openoqs.core.identity.BasicFourFacts;

/**
 * Picks the persons who get a virtual My Number card from a written {@code qualifications.csv}: a uniform,
 * seed-deterministic sample that does not depend on row order, read in one streaming pass with memory for the sample
 * only (so it works for a population of millions).
 *
 * <p>Each PersonKey gets a pseudo-random rank from the seed; the persons of lowest rank win (bottom-k sampling). A few
 * more than asked are kept while reading, because whether a person can hold a card is known only after all of their
 * rows were seen: the card goes to persons whose latest qualification (by QualificationDate) is still open on the
 * reference date and who have an Address; deceased and fully disqualified persons are skipped.
 */
final class CardHolderSample {
    private static final DateTimeFormatter YYYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    /** A person who gets a card: the facts of their latest qualification and the insurer holding it. */
    record CardHolder(String personKey, String insurerNumber, BasicFourFacts facts) {}

    /** The latest qualification of one sampled person seen so far. */
    private record Latest(String personKey, String insurerNumber, BasicFourFacts facts, LocalDate qualificationDate,
                          LocalDate disqualificationDate, boolean hasAddress) {}

    private record Rank(long value, String personKey) implements Comparable<Rank> {
        private static final Comparator<Rank> ORDER = Comparator.comparingLong(Rank::value).thenComparing(Rank::personKey);

        @Override public int compareTo(Rank other) { return ORDER.compare(this, other); }
    }

    private final long seed;
    private final LocalDate referenceDate;

    CardHolderSample(long seed, LocalDate referenceDate) {
        this.seed = seed;
        this.referenceDate = referenceDate;
    }

    /** Up to {@code count} card holders, sorted by PersonKey; fewer when the file has fewer eligible persons. */
    List<CardHolder> select(Path qualificationsCsv, int count) throws IOException {
        int keep = count * 4 + 16;
        TreeMap<Rank, Latest> kept = new TreeMap<>();
        Map<String, Rank> ranks = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(qualificationsCsv, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            for (CSVRecord row : parser) {
                String personKey = row.get("PersonKey");
                Rank rank = ranks.get(personKey);
                if (rank == null) {
                    rank = new Rank(rank(personKey), personKey);
                    if (kept.size() >= keep && rank.compareTo(kept.lastKey()) > 0) continue;
                }
                Latest seen = kept.get(rank);
                Latest current = latest(qualificationsCsv, row);
                if (seen == null || current.qualificationDate().isAfter(seen.qualificationDate())) kept.put(rank, current);
                ranks.put(personKey, rank);
                if (kept.size() > keep) ranks.remove(kept.pollLastEntry().getKey().personKey());
            }
        }
        return kept.values().stream().filter(this::eligible).limit(count)
                .map(l -> new CardHolder(l.personKey(), l.insurerNumber(), l.facts()))
                .sorted(Comparator.comparing(CardHolder::personKey)).toList();
    }

    private boolean eligible(Latest latest) {
        return latest.hasAddress()
                && (latest.disqualificationDate() == null || latest.disqualificationDate().isAfter(referenceDate));
    }

    private static Latest latest(Path file, CSVRecord row) {
        String address = row.isMapped("Address") ? row.get("Address") : "";
        BasicFourFacts facts = new BasicFourFacts(row.get("Name"), date(file, row, "Birthdate"),
                OqsCode.find(Sex.class, row.get("Sex1")).orElseThrow(() -> problem(file, row, "Sex1", "unknown code")),
                address);
        String loss = row.isMapped("DisqualificationDate") ? row.get("DisqualificationDate") : "";
        return new Latest(row.get("PersonKey"), row.get("InsurerNumber"), facts, date(file, row, "QualificationDate"),
                loss.isBlank() ? null : date(file, row, "DisqualificationDate"), !address.isBlank());
    }

    private static LocalDate date(Path file, CSVRecord row, String column) {
        try {
            return LocalDate.parse(row.get(column), YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw problem(file, row, column, "not a yyyyMMdd date");
        }
    }

    private static IllegalArgumentException problem(Path file, CSVRecord row, String column, String what) {
        return new IllegalArgumentException(file + " line " + (row.getRecordNumber() + 1) + ", " + column + ": " + what
                + " ('" + row.get(column) + "')");
    }

    /** The person's pseudo-random rank under the seed. */
    private long rank(String personKey) {
        return mix64(fingerprint(personKey) ^ mix64(seed));
    }

    /** A stable 64-bit fingerprint of a PersonKey (FNV-1a, then SplitMix64), for per-person choices. */
    static long fingerprint(String personKey) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < personKey.length(); i++) {
            h ^= personKey.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix64(h);
    }

    /** SplitMix64 finaliser. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
