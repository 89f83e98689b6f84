package org.openoqs.central.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openoqs.core.number.InsurerNumber;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Issues and checks insurer API tokens. Tokens are 256 random bits shown once at creation; only their SHA-256 is
 * stored, so a leaked database does not leak working credentials.
 */
@Service
public class InsurerCredentialService {
    private static final String ALL = "*";
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public InsurerCredentialService(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new credential; returns the token, which is not stored and cannot be shown again. */
    public String create(String name, List<InsurerNumber> scope) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = "oqs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String scopeText = scope.isEmpty() ? ALL : scope.stream().map(InsurerNumber::value).collect(Collectors.joining(","));
        jdbc.update("INSERT INTO insurer_credential (name, token_hash, insurer_scope, created_at) VALUES (?, ?, ?, ?)",
                name, hash(token), scopeText, Timestamp.valueOf(LocalDateTime.now(clock)));
        return token;
    }

    /** The credential of an {@code Authorization: Bearer <token>} header value (null or another scheme: none). */
    public Optional<InsurerCredential> authenticateHeader(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return Optional.empty();
        return authenticate(authorization.substring(7));
    }

    /** The 401 answer for a missing or unknown insurer credential. */
    public static ResponseEntity<ProblemDetail> unauthorized() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "a valid insurer credential is required: Authorization: Bearer <token>");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header("WWW-Authenticate", "Bearer").body(problem);
    }

    public Optional<InsurerCredential> authenticate(String token) {
        if (token == null || token.isBlank()) return Optional.empty();
        return jdbc.query("SELECT id, name, insurer_scope FROM insurer_credential WHERE token_hash = ? AND revoked_at IS NULL",
                (rs, i) -> toCredential(rs.getLong(1), rs.getString(2), rs.getString(3)), hash(token.strip())).stream().findFirst();
    }

    public boolean revoke(String name) {
        return jdbc.update("UPDATE insurer_credential SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL",
                Timestamp.valueOf(LocalDateTime.now(clock)), name) > 0;
    }

    private static InsurerCredential toCredential(long id, String name, String scope) {
        if (ALL.equals(scope)) return new InsurerCredential(id, name, true, Set.of());
        return new InsurerCredential(id, name, false, Set.copyOf(Arrays.asList(scope.split(","))));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
