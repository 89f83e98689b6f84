package org.openoqs.central.intake;

import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.codec.digest.MurmurHash3;
import org.openoqs.core.qualification.QualificationRecord;

/**
 * The first line of every record key met in one intake file, so a key given twice can be refused with both lines
 * named. A file may hold ten million rows and must fit a 2 GB heap, so keys are not kept as objects (~200 bytes each):
 * each is reduced to its 128-bit MurmurHash3. The first 64 bits key a primitive map; its value packs the line number
 * (40 bits: up to 10¹² lines) with 24 further bits of the hash. Two different keys are taken for one only when 88 bits
 * of their hashes agree — for ten million keys, a chance of about 10⁻¹³ per file. Keys whose first 64 bits collide
 * but whose other 24 differ are told apart exactly, in a small ordinary map. About 16–40 bytes per key in all.
 */
final class KeyLines {
    private static final int CHECK_BITS = 24;
    private static final long CHECK_MASK = (1L << CHECK_BITS) - 1;
    /** The largest line number the packed value holds. */
    static final long MAX_LINE = (1L << (Long.SIZE - CHECK_BITS)) - 1;
    private static final long ABSENT = -1;

    private final Long2LongOpenHashMap byHash = new Long2LongOpenHashMap();
    private final Map<QualificationRecord.Key, Long> collided = new HashMap<>();
    private final Function<QualificationRecord.Key, long[]> hash128;

    KeyLines() {
        this(key -> MurmurHash3.hash128x64(bytes(key)));
    }

    /** With another 128-bit hash (two longs): tests use it to force collisions. */
    KeyLines(Function<QualificationRecord.Key, long[]> hash128) {
        this.hash128 = hash128;
        byHash.defaultReturnValue(ABSENT);
    }

    /**
     * Remembers {@code line} as the first line of {@code key} and returns 0; or, when the key was met before, returns
     * that earlier line and remembers nothing.
     */
    long firstLineOf(QualificationRecord.Key key, long line) {
        if (line < 1 || line > MAX_LINE) throw new IllegalArgumentException("line out of range: " + line);
        long[] hash = hash128.apply(key);
        long packed = line << CHECK_BITS | hash[1] & CHECK_MASK;
        long earlier = byHash.putIfAbsent(hash[0], packed);
        if (earlier == ABSENT) return 0;
        if ((earlier & CHECK_MASK) == (hash[1] & CHECK_MASK)) return earlier >>> CHECK_BITS;
        Long collidedEarlier = collided.putIfAbsent(key, line);
        return collidedEarlier == null ? 0 : collidedEarlier;
    }

    /** Keys remembered so far. */
    long size() {
        return byHash.size() + collided.size();
    }

    /**
     * An unambiguous encoding: the date has a fixed width, the insurer number is digits only and ends at the colon,
     * and the person key, which may hold any character, comes last.
     */
    private static byte[] bytes(QualificationRecord.Key key) {
        return (key.qualificationDate() + key.insurerNumber().value() + ":" + key.personKey()).getBytes(StandardCharsets.UTF_8);
    }
}
