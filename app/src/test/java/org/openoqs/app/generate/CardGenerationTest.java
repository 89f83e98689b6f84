package org.openoqs.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.core.code.OqsCode;
import org.openoqs.core.code.Sex;
import org.openoqs.core.identity.BasicFourFacts;
import org.openoqs.core.identity.BasicFourFactsMatcher;
import org.openoqs.jpki.CardVerifier;
import org.openoqs.jpki.CardWallet;
import org.openoqs.jpki.CrlSource;
import org.openoqs.jpki.JpkiAuthority;
import org.openoqs.jpki.VerifiedCard;
import picocli.CommandLine;

/** {@code oqs generate --cards N}: cards for a sample, their PINs, the linkage file. RSA keys are slow: few cards. */
class CardGenerationTest {
    @TempDir static Path shared;
    @TempDir Path dir;

    /** One authority for the whole class, so only one CA key is generated. */
    @BeforeAll
    static void authority() {
        JpkiAuthority.createOrLoad(shared.resolve("jpki"), Clock.systemUTC());
    }

    private static Path jpki() {
        return shared.resolve("jpki");
    }

    @Test
    void cardsLinksAndWalletAgreeWithThePopulation() throws Exception {
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        assertThat(run(err, "--persons", "300", "--seed", "5", "--cards", "6", "--out", out.toString(),
                "--jpki-dir", jpki().toString())).isZero();
        assertThat(err.toString()).contains("Issued 6 virtual My Number cards (1 with 基本4情報").contains("100%");
        assertThat(out.resolve("jpki")).as("an existing authority was given").doesNotExist();

        List<CSVRecord> cards = parse(out.resolve(CardGeneration.CARDS_FILE));
        List<CSVRecord> links = parse(out.resolve(CardGeneration.LINKS_FILE));
        assertThat(Files.readString(out.resolve(CardGeneration.CARDS_FILE)))
                .startsWith("CardId,PersonKey,InsurerNumber,CertificateSerial,Pin,FaceId,Note\n");
        assertThat(Files.readString(out.resolve(CardGeneration.LINKS_FILE))).startsWith("InsurerNumber,PersonKey,Certificate\n");
        assertThat(cards).hasSize(6);
        assertThat(links).hasSize(6);
        assertThat(cards.stream().filter(c -> !c.get("Note").isEmpty())).hasSize(1);

        Map<String, CSVRecord> latest = latestRecords(out);
        CardWallet wallet = new CardWallet(out.resolve(CardGeneration.WALLET_DIR));
        assertThat(wallet.list()).hasSize(6);
        JpkiAuthority authority = JpkiAuthority.createOrLoad(jpki(), Clock.systemUTC());
        CardVerifier verifier = new CardVerifier(authority.caCertificate(), CrlSource.file(authority.crlFile()), Clock.systemUTC());
        BasicFourFactsMatcher matcher = new BasicFourFactsMatcher();
        for (int i = 0; i < cards.size(); i++) {
            CSVRecord card = cards.get(i);
            CSVRecord link = links.get(i);
            CSVRecord record = latest.get(card.get("PersonKey"));
            assertThat(link.get("PersonKey")).isEqualTo(card.get("PersonKey"));
            assertThat(link.get("InsurerNumber")).isEqualTo(card.get("InsurerNumber")).isEqualTo(record.get("InsurerNumber"));

            byte[] challenge = ("challenge " + i).getBytes(StandardCharsets.US_ASCII);
            byte[] signature = wallet.signWithPin(card.get("CardId"), challenge, card.get("Pin"));
            VerifiedCard verified = verifier.verify(Base64.getDecoder().decode(link.get("Certificate")), challenge, signature);
            assertThat(verified.certificateSerial()).isEqualTo(card.get("CertificateSerial"));
            assertThat(wallet.find(card.get("CardId")).orElseThrow().faceId()).isEqualTo(card.get("FaceId"));

            List<String> mismatches = matcher.mismatches(verified.facts(), facts(record));
            if (card.get("Note").isEmpty()) assertThat(mismatches).as(card.get("PersonKey")).isEmpty();
            else assertThat(mismatches).as(card.get("Note")).hasSize(1);
        }
    }

    @Test
    void theSameSeedPicksTheSamePersonsPinsAndFacesAndARerunReplacesTheWallet() throws Exception {
        Path out = dir.resolve("out");
        run(new StringWriter(), "--persons", "200", "--seed", "8", "--cards", "3", "--out", out.toString(), "--jpki-dir", jpki().toString());
        List<CSVRecord> first = parse(out.resolve(CardGeneration.CARDS_FILE));
        run(new StringWriter(), "--persons", "200", "--seed", "8", "--cards", "3", "--out", out.toString(), "--jpki-dir", jpki().toString());
        List<CSVRecord> second = parse(out.resolve(CardGeneration.CARDS_FILE));

        for (String column : List.of("PersonKey", "InsurerNumber", "Pin", "FaceId", "Note")) {
            assertThat(second).extracting(r -> r.get(column)).as(column).isEqualTo(first.stream().map(r -> r.get(column)).toList());
        }
        assertThat(second).extracting(r -> r.get("CardId")).doesNotContainAnyElementsOf(first.stream().map(r -> r.get("CardId")).toList());
        assertThat(new CardWallet(out.resolve(CardGeneration.WALLET_DIR)).list()).extracting(c -> c.cardId())
                .containsExactlyInAnyOrderElementsOf(second.stream().map(r -> r.get("CardId")).toList());
    }

    @Test
    void withoutCardsNoCardFilesAreWritten() {
        Path out = dir.resolve("out");
        assertThat(run(new StringWriter(), "--persons", "50", "--cards", "0", "--out", out.toString())).isZero();
        assertThat(out.resolve(CardGeneration.CARDS_FILE)).doesNotExist();
        assertThat(out.resolve(CardGeneration.WALLET_DIR)).doesNotExist();
        assertThat(out.resolve(CardGeneration.JPKI_DIR)).doesNotExist();
    }

    @Test
    void aNegativeCardCountIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "--persons", "10", "--cards", "-1", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--cards must not be negative");
    }

    @Test
    void byDefaultTwentyCardsFromTheOutputsOwnAuthority() {
        GenerateCommand command = new GenerateCommand();
        new CommandLine(command).parseArgs();
        assertThat(command.cards).isEqualTo(20);
        assertThat(command.jpkiDir).isNull();
    }

    private static Map<String, CSVRecord> latestRecords(Path out) throws Exception {
        return parse(out.resolve(GenerateCommand.QUALIFICATIONS_FILE)).stream().collect(Collectors.toMap(r -> r.get("PersonKey"),
                Function.identity(), (a, b) -> a.get("QualificationDate").compareTo(b.get("QualificationDate")) >= 0 ? a : b));
    }

    private static BasicFourFacts facts(CSVRecord r) {
        return new BasicFourFacts(r.get("Name"), java.time.LocalDate.parse(r.get("Birthdate"), java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
                OqsCode.parse(Sex.class, "Sex1", r.get("Sex1")), r.get("Address"));
    }

    private static List<CSVRecord> parse(Path file) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(file))).getRecords();
    }

    private static int run(StringWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new GenerateCommand());
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
