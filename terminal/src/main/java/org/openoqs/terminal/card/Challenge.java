package org.openoqs.terminal.card;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.openoqs.terminal.face.OqsTimes;
import org.openoqs.wire.card.CardChallenge;

/**
 * A {@link CardChallenge} decoded: the id to send back, the bytes the card signs, and when central stops accepting it.
 */
public record Challenge(String id, byte[] bytes, Instant expiresAt) {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    public Challenge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expiresAt, "expiresAt");
        bytes = bytes.clone();
        if (bytes.length == 0) {
            throw new IllegalArgumentException("challenge is empty");
        }
    }

    /**
     * Decodes central's JSON form; ExpiresAt is yyyyMMddHHmmss in JST like every OQS time.
     *
     * @throws IllegalArgumentException when Challenge is not Base64 or ExpiresAt is not a time
     */
    public static Challenge from(CardChallenge challenge) {
        Instant expires = OqsTimes.parse(challenge.expiresAt())
                .orElseThrow(() -> new IllegalArgumentException("ExpiresAt is not yyyyMMddHHmmss: " + challenge.expiresAt()))
                .atZone(JAPAN).toInstant();
        return new Challenge(challenge.challengeId(), Base64.getDecoder().decode(challenge.challenge()), expires);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** True when central would still accept it at {@code now} with {@code margin} to spare for the round trip. */
    public boolean usableAt(Instant now, Duration margin) {
        return now.plus(margin).isBefore(expiresAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Challenge other && id.equals(other.id) && Arrays.equals(bytes, other.bytes)
                && expiresAt.equals(other.expiresAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, Arrays.hashCode(bytes), expiresAt);
    }

    @Override
    public String toString() {
        return "Challenge[" + id + ", expires " + expiresAt + "]";
    }
}
