package org.openoqs.app.jpki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.app.OqsCommand;
import org.openoqs.core.code.Sex;
import org.openoqs.core.identity.BasicFourFacts;
import org.openoqs.jpki.CardFacts;
import org.openoqs.jpki.CardVerifier;
import org.openoqs.jpki.CardRejectedException;
import org.openoqs.jpki.CardWallet;
import org.openoqs.jpki.CrlSource;
import org.openoqs.jpki.JpkiAuthority;
import org.openoqs.jpki.VirtualCard;
import picocli.CommandLine;

/** {@code oqs jpki …}; the tests share one authority, since creating a CA key takes about a second. */
class JpkiCommandTest {
    @TempDir static Path shared;
    @TempDir Path dir;

    record Run(int exit, String out, String err) {
        String field(String name) {
            Matcher m = Pattern.compile("(?m)^" + name + ":\\s+(.+)$").matcher(out);
            assertThat(m.find()).as(out + err).isTrue();
            return m.group(1).strip();
        }
    }

    static Run jpki(Path authority, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 3];
            all[0] = "jpki";
            System.arraycopy(args, 0, all, 1, args.length);
            all[args.length + 1] = "--dir";
            all[args.length + 2] = authority.toString();
            int exit = new CommandLine(new OqsCommand()).execute(all);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    private Run issue(String pin, String... more) {
        String[] base = {"issue", "--name", "山田　太郎", "--birthdate", "1980-04-15", "--sex", "1",
                "--address", "東京都千代田区千代田１丁目１番１号", "--pin", pin, "--issued-on", "2026-04-01",
                "--wallet", dir.resolve("cards").toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return jpki(shared.resolve("jpki"), args);
    }

    @Test
    void initCreatesTheCaOnceAndPrintsWhereCentralFindsIt() {
        Run first = jpki(dir.resolve("own"), "init");
        assertThat(first.exit()).isZero();
        assertThat(first.out()).startsWith("created JPKI CA").contains("O=OpenOQS Virtual JPKI");
        assertThat(first.field("trust anchor")).isEqualTo(dir.resolve("own/jpki-ca.pem").toAbsolutePath().toString());
        assertThat(Path.of(first.field("CRL"))).exists();
        Run second = jpki(dir.resolve("own"), "init");
        assertThat(second.out()).startsWith("existing JPKI CA");
        assertThat(second.field("SHA-256 fingerprint")).isEqualTo(first.field("SHA-256 fingerprint"))
                .matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
    }

    @Test
    void issueSavesACardWhoseCertificateCarriesTheFacts() throws Exception {
        Run run = issue("2468", "--face-id", "face-yamada");
        assertThat(run.exit()).as(run.err()).isZero();
        String cardId = run.field("card");
        VirtualCard card = new CardWallet(dir.resolve("cards")).find(cardId).orElseThrow();
        assertThat(card.certificateSerial()).isEqualTo(run.field("serial"));
        assertThat(card.faceId()).isEqualTo("face-yamada");
        assertThat(run.field("valid")).isEqualTo("2026-04-01 – 2030-04-15");
        assertThat(CardFacts.read(card.certificate())).isEqualTo(new BasicFourFacts("山田　太郎", LocalDate.of(1980, 4, 15),
                Sex.MALE, "東京都千代田区千代田１丁目１番１号"));
        assertThat(card.signWithPin(new byte[] {1}, "2468")).isNotEmpty();
    }

    @Test
    void badInputIsAUsageErrorAndNoCardIsSaved() {
        Run pin = issue("12345");
        assertThat(pin.exit()).isEqualTo(2);
        assertThat(pin.err()).contains("pin must be exactly 4 ASCII digits");
        Run sex = jpki(shared.resolve("jpki"), "issue", "--name", "山田　太郎", "--birthdate", "1980-04-15", "--sex", "M",
                "--address", "東京都", "--pin", "1234", "--wallet", dir.resolve("cards").toString());
        assertThat(sex.exit()).isEqualTo(2);
        assertThat(sex.err()).contains("--sex must be an OQSCD007 code");
        assertThat(new CardWallet(dir.resolve("cards")).list()).isEmpty();
    }

    @Test
    void revokeByCardOrSerialAndListShowsIt() {
        String byCard = issue("1234").field("card");
        Run second = issue("1234");
        String serial = second.field("serial");

        Run revoked = jpki(shared.resolve("jpki"), "revoke", "--card", byCard, "--wallet", dir.resolve("cards").toString());
        assertThat(revoked.exit()).as(revoked.err()).isZero();
        assertThat(revoked.out()).startsWith("revoked ").contains("(card " + byCard + ")");
        assertThat(jpki(shared.resolve("jpki"), "revoke", "--card", byCard).out()).as("by index, idempotent")
                .startsWith("already revoked");
        assertThat(jpki(shared.resolve("jpki"), "revoke", "--serial", serial.toLowerCase(), "--reason", "CESSATION_OF_OPERATION")
                .exit()).isZero();

        Run list = jpki(shared.resolve("jpki"), "list");
        assertThat(list.out().lines().filter(l -> l.contains(byCard))).singleElement().asString().contains("revoked", "山田　太郎");
        assertThat(jpki(shared.resolve("jpki"), "list", "--revoked").out()).contains(byCard, serial);

        JpkiAuthority authority = JpkiAuthority.createOrLoad(shared.resolve("jpki"), Clock.systemUTC());
        CardVerifier verifier = new CardVerifier(authority.caCertificate(), CrlSource.file(authority.crlFile()),
                Clock.fixed(java.time.Instant.parse("2026-06-01T00:00:00Z"), java.time.ZoneOffset.UTC));
        VirtualCard card = new CardWallet(dir.resolve("cards")).find(second.field("card")).orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> verifier.verifyCertificate(card.certificate().getEncoded()))
                .isInstanceOfSatisfying(CardRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CardRejectedException.Reason.REVOKED));
    }

    @Test
    void unknownCardsAndSerialsAreRefused() {
        issue("1234");
        Run unknownSerial = jpki(shared.resolve("jpki"), "revoke", "--serial", "2A");
        assertThat(unknownSerial.exit()).isEqualTo(1);
        assertThat(unknownSerial.err()).contains("no card certificate with serial 2A");
        assertThat(jpki(shared.resolve("jpki"), "revoke", "--card", "VC-0000-0000").exit()).isEqualTo(2);
        assertThat(jpki(shared.resolve("jpki"), "revoke", "--serial", "xyz").exit()).isEqualTo(2);
        assertThat(jpki(shared.resolve("jpki"), "revoke").exit()).as("serial or card required").isEqualTo(2);
    }

    @Test
    void listingWithoutAnAuthorityFails() {
        Run run = jpki(dir.resolve("none"), "list");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("oqs jpki init");
    }
}
