package org.openoqs.central.medical;

import java.io.Reader;
import java.util.Optional;
import org.openoqs.wire.intake.IntakeCsvReader;

/**
 * One kind of medical intake file, for {@link MedicalIntakeService}: how its lines are read, identified, numbered
 * and stored.
 *
 * @param <R> the record of a line
 * @param <K> its natural key
 */
interface MedicalFile<R, K> {
    MedicalIntakeKind kind();

    IntakeCsvReader<?, R> open(Reader csv);

    MedicalRecordStore<R, K> store();

    K key(R record);

    String personKey(R record);

    /** What makes two lines of a person repeats of each other (the key without any occurrence number). */
    Object repeatKey(R record);

    /** The line as the {@code occurrence}-th of its repeat key (from 1), or empty when repeats are errors. */
    Optional<R> numbered(R record, int occurrence);

    /** The key's elements for messages, e.g. {@code PersonKey, EffectiveTime and ItemCode}. */
    String keyDescription();

    /** The element a duplicate-line error names, and its value on this line. */
    String keyField();

    String keyValue(R record);
}
