package org.openoqs.central.medical;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Splits keys into chunks of few enough distinct PersonKeys for one {@code person_key IN (…)} query: a single-column
 * IN on the indexed column is used by the index on every database (a row-value IN over the whole key is not).
 */
final class PersonChunks {
    static final int PERSONS_PER_QUERY = 500;

    private PersonChunks() {}

    /** The distinct PersonKeys of {@code keys}, in chunks of at most {@link #PERSONS_PER_QUERY}. */
    static <K> List<List<String>> of(Collection<K> keys, Function<K, String> personKey) {
        List<String> persons = keys.stream().map(personKey).distinct().toList();
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < persons.size(); from += PERSONS_PER_QUERY) {
            chunks.add(persons.subList(from, Math.min(persons.size(), from + PERSONS_PER_QUERY)));
        }
        return chunks;
    }

    /** {@code ?, ?, ?} for an IN list of {@code n} values. */
    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
