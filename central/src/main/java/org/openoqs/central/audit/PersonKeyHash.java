package org.openoqs.central.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The number {@code audit_entry.person_hash} holds for a PersonKey: the first 8 bytes of its SHA-256 (UTF-8), as a
 * signed big-endian long. The patient page finds a person's entries through the index {@code (person_hash, sequence)}
 * and then compares the PersonKey itself, so a collision costs a row read, never a wrong answer.
 *
 * <p>Why a number and not the PersonKey: every confirmation appends an entry, and entries of a person arrive in random
 * order, so each append rewrites a different leaf of that index. With the PersonKey (a string) as the leading column,
 * comparing and serialising those leaves was about a third of a confirmation's server CPU on the embedded store
 * (docs/performance.md §1); two numbers compare and serialise several times faster. The function is part of the stored
 * data: changing it needs a migration that recomputes the column (V8 computes it for entries written before V8). The
 * column is not part of the hash chain, so verification checks it against the PersonKey ({@code AuditEntryRow}): an
 * entry with a wrong hash would silently be missing from the patient's page.
 */
public final class PersonKeyHash {
    private PersonKeyHash() {}

    /** The hash, or {@code null} for an entry without a PersonKey. */
    public static Long of(String personKey) {
        if (personKey == null) return null;
        return ByteBuffer.wrap(sha256().digest(personKey.getBytes(StandardCharsets.UTF_8))).getLong();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
