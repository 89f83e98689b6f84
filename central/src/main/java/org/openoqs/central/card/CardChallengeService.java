package org.openoqs.central.card;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.openoqs.core.date.OqsDates;
import org.openoqs.wire.card.CardChallenge;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * One-time challenges for card signatures. A challenge is bound to its audience (the 医療機関コード that asked, or
 * {@link #PATIENT} for the patient page), expires after {@code oqs.card.challenge-validity} (5 minutes: long enough for
 * the consent screens [I]) and is consumed by its first use, so a signature can never be replayed. Challenges live in
 * the database, so any central node can check a challenge another node issued.
 */
@Service
public class CardChallengeService {
    /** Audience of challenges for the patient page. */
    public static final String PATIENT = "PATIENT";
    private static final int CHALLENGE_BYTES = 32;
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration validity;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong nextPurge = new AtomicLong();

    public CardChallengeService(JdbcTemplate jdbc, Clock clock,
                                @Value("${oqs.card.challenge-validity:PT5M}") Duration validity) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.validity = validity;
    }

    public CardChallenge issue(String audience) {
        LocalDateTime now = LocalDateTime.now(clock);
        purgeExpired(now);
        byte[] bytes = new byte[CHALLENGE_BYTES];
        random.nextBytes(bytes);
        String id = UUID.randomUUID().toString();
        String challenge = Base64.getEncoder().encodeToString(bytes);
        LocalDateTime expires = now.plus(validity);
        jdbc.update("INSERT INTO card_challenge (id, challenge, audience, expires_at) VALUES (?, ?, ?, ?)",
                id, challenge, audience, Timestamp.valueOf(expires));
        return new CardChallenge(id, challenge, OqsDates.format(expires));
    }

    /**
     * The challenge bytes when {@code id} was issued to {@code audience}, has not expired and was not used before;
     * consumes it either way it is found.
     */
    public Optional<byte[]> consume(String id, String audience) {
        if (id == null || audience == null) return Optional.empty();
        Issued issued = jdbc.execute((ConnectionCallback<Issued>) c -> take(c, id));
        if (issued == null) return Optional.empty();
        boolean live = issued.expiresAt().isAfter(LocalDateTime.now(clock));
        return live && audience.equals(issued.audience()) ? Optional.of(Base64.getDecoder().decode(issued.challenge()))
                : Optional.empty();
    }

    private record Issued(String challenge, String audience, LocalDateTime expiresAt) {}

    /**
     * Deletes the row and returns what it held, in one statement: the delete is the "use", and of two concurrent uses
     * only one deletes (and so gets) the row. PostgreSQL says it with {@code RETURNING}, H2 with a data change delta
     * table ({@code OLD TABLE}); central's two stores are these.
     */
    private static Issued take(Connection c, String id) throws SQLException {
        String sql = c.isWrapperFor(PGConnection.class)
                ? "DELETE FROM card_challenge WHERE id = ? RETURNING challenge, audience, expires_at"
                : "SELECT challenge, audience, expires_at FROM OLD TABLE (DELETE FROM card_challenge WHERE id = ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Issued(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime()) : null;
            }
        }
    }

    private void purgeExpired(LocalDateTime now) {
        long due = nextPurge.get();
        long nowMillis = clock.millis();
        if (nowMillis < due || !nextPurge.compareAndSet(due, nowMillis + PURGE_INTERVAL.toMillis())) return;
        jdbc.update("DELETE FROM card_challenge WHERE expires_at < ?", Timestamp.valueOf(now));
    }
}
