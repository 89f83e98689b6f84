package org.openoqs.jpki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openoqs.core.code.Sex;
import org.openoqs.core.identity.BasicFourFacts;

/**
 * Test support: RSA key generation is slow (a 3072-bit CA key takes about a second), so the test classes share one
 * authority and one foreign authority per JVM, in a temporary directory removed at exit.
 */
final class TestJpki {
    /** 2026-04-01 12:00 in Japan. */
    static final Instant NOW = Instant.parse("2026-04-01T03:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final LocalDate ISSUED_ON = LocalDate.of(2026, 4, 1);
    static final String PIN = "1234";
    static final String FACE = "face-yamada";
    static final BasicFourFacts YAMADA = new BasicFourFacts("山田　太郎", LocalDate.of(1980, 4, 15), Sex.MALE,
            "東京都千代田区千代田１丁目１番１号");

    private static Path root;
    private static JpkiAuthority authority;
    private static JpkiAuthority foreign;
    private static VirtualCard card;
    private static VirtualCard otherCard;

    private TestJpki() {}

    /** The authority most tests issue from. */
    static synchronized JpkiAuthority authority() {
        if (authority == null) authority = JpkiAuthority.createOrLoad(root().resolve("jpki"), CLOCK);
        return authority;
    }

    /** Another CA of the same name and profile, whose cards the shared authority's verifier must refuse. */
    static synchronized JpkiAuthority foreignAuthority() {
        if (foreign == null) foreign = JpkiAuthority.createOrLoad(root().resolve("foreign"), CLOCK);
        return foreign;
    }

    /** A new card for Yamada from the shared authority, PIN 1234, issued on 2026-04-01. */
    static VirtualCard issue() {
        return authority().issue(YAMADA, PIN, FACE, ISSUED_ON);
    }

    /**
     * A card shared by the tests that only read it or sign with the right PIN. Never give it a wrong PIN: tests that
     * count tries work on a copy or on a card of their own.
     */
    static synchronized VirtualCard card() {
        if (card == null) card = issue();
        return card;
    }

    /** A second shared card, for "another card's key" (same rules as {@link #card()}). */
    static synchronized VirtualCard otherCard() {
        if (otherCard == null) otherCard = issue();
        return otherCard;
    }

    static CardVerifier verifier(Clock clock) {
        return new CardVerifier(authority().caCertificate(), CrlSource.file(authority().crlFile()), clock);
    }

    private static Path root() {
        if (root == null) {
            try {
                root = Files.createTempDirectory("openoqs-jpki-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path dir = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        }
        return root;
    }

    static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit
        }
    }
}
