package org.openoqs.app.generate;

/**
 * Opaque per-person identifiers: {@code PK} followed by 10 Crockford base32 characters (50 bits). The key is a
 * bijective scramble of the person's index under the seed, so keys are unique within a population by construction
 * (no birthday-paradox collisions at 10 million people) and reveal neither the index nor anything about the person.
 * The {@code PK} prefix keeps a key from ever being mistaken for a 12-digit My Number.
 */
public final class PersonKey {
    private PersonKey() {}

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int BITS = 50;
    private static final long MASK = (1L << BITS) - 1;

    /** The key of the {@code index}-th person (0-based, below 2^50) of the population generated from {@code seed}. */
    public static String of(long seed, long index) {
        if (index < 0 || index > MASK) throw new IllegalArgumentException("index out of range: " + index);
        long salt = mix64(seed);
        // Every step is a bijection on 50-bit values: adding, multiplying by an odd number, xor with a right shift.
        long x = (index + salt) & MASK;
        x = (x * 0x9E3779B97F4A7C15L) & MASK;
        x ^= x >>> 23;
        x = (x * 0xBF58476D1CE4E5B9L) & MASK;
        x ^= x >>> 27;
        x = (x + (salt >>> 14)) & MASK;
        return encode(x);
    }

    private static String encode(long x) {
        char[] out = new char[12];
        out[0] = 'P';
        out[1] = 'K';
        for (int i = 11; i >= 2; i--) {
            out[i] = ALPHABET.charAt((int) (x & 31));
            x >>>= 5;
        }
        return new String(out);
    }

    /** SplitMix64 finaliser: spreads similar seeds apart. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
