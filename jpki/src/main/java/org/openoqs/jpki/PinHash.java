package org.openoqs.jpki;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A card's PIN as stored in its file: PBKDF2-HMAC-SHA256 with a random salt. This keeps the clear PIN out of the
 * file, nothing more — with 10,000 possible PINs anyone holding the file can find it, which is why the file is the
 * chip and must be guarded like the card (see {@link VirtualCard}). The iteration count is stored so it can be raised
 * without breaking older files.
 */
record PinHash(byte[] salt, byte[] hash, int iterations) {
    static final int DEFAULT_ITERATIONS = 10_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    PinHash {
        if (salt.length < 8) throw new IllegalArgumentException("PinSalt must be at least 8 bytes");
        if (hash.length != HASH_BITS / 8) throw new IllegalArgumentException("PinHash must be " + HASH_BITS / 8 + " bytes");
        if (iterations < 1_000 || iterations > 10_000_000) {
            throw new IllegalArgumentException("PinIterations must be between 1000 and 10000000: " + iterations);
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    /** Hashes a valid PIN with a fresh salt. */
    static PinHash of(String pin, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PinHash(salt, derive(Pin.requireValid(pin), salt, DEFAULT_ITERATIONS), DEFAULT_ITERATIONS);
    }

    /** Whether {@code pin} is the hashed PIN; compares in constant time. */
    boolean matches(String pin) {
        return MessageDigest.isEqual(hash, derive(pin, salt, iterations));
    }

    @Override public byte[] salt() { return salt.clone(); }

    @Override public byte[] hash() { return hash.clone(); }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        char[] chars = pin.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PinHash p && p.iterations == iterations && Arrays.equals(p.salt, salt) && Arrays.equals(p.hash, hash);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(salt) + Arrays.hashCode(hash) + iterations;
    }

    @Override
    public String toString() {
        return "PinHash[PBKDF2WithHmacSHA256, " + iterations + " iterations]";
    }
}
