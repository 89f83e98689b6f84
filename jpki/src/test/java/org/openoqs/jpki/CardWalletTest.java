package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardWalletTest {
    private static final byte[] CHALLENGE = "wallet-challenge".getBytes(StandardCharsets.US_ASCII);
    private static VirtualCard first;
    private static VirtualCard second;

    @TempDir Path dir;

    @BeforeAll
    static void issue() {
        first = TestJpki.card();
        second = TestJpki.otherCard();
    }

    private CardWallet walletWithBoth() {
        CardWallet wallet = new CardWallet(dir.resolve("cards"));
        wallet.save(second);
        wallet.save(first);
        return wallet;
    }

    @Test
    void savedCardsAreFoundAndListedByCardId() {
        CardWallet wallet = walletWithBoth();
        assertThat(wallet.list()).extracting(VirtualCard::cardId)
                .containsExactly(first.cardId().compareTo(second.cardId()) < 0
                        ? new String[] {first.cardId(), second.cardId()} : new String[] {second.cardId(), first.cardId()});
        VirtualCard found = wallet.find(first.cardId()).orElseThrow();
        assertThat(found.certificate()).isEqualTo(first.certificate());
        assertThat(found.faceId()).isEqualTo(first.faceId());
        assertThat(found.issuedOn()).isEqualTo(first.issuedOn());
        assertThat(wallet.find("VC-0000-0000")).isEmpty();
        assertThat(wallet.find("../etc/passwd")).isEmpty();
        assertThat(wallet.directory()).isEqualTo(dir.resolve("cards").toAbsolutePath());
    }

    @Test
    void anAbsentFolderIsAnEmptyWallet() {
        assertThat(new CardWallet(dir.resolve("nothing-here")).list()).isEmpty();
    }

    @Test
    void theFileIsOwnerOnlyAndHoldsNoClearPin() throws Exception {
        walletWithBoth();
        Path file = dir.resolve("cards").resolve(first.cardId() + ".json");
        String json = Files.readString(file);
        assertThat(json).contains("\"CardId\"", "\"Certificate\"", "\"PrivateKey\"", "\"PinHash\"", "\"RemainingPinTries\" : 3")
                .doesNotContain("\"1234\"", ": 1234");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
        try (var files = Files.list(dir.resolve("cards"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void thePinCounterSurvivesReloadingTheWallet() throws Exception {
        walletWithBoth();
        assertThatThrownBy(() -> new CardWallet(dir.resolve("cards")).signWithPin(first.cardId(), CHALLENGE, "0000"))
                .isInstanceOf(WrongPinException.class);
        assertThatThrownBy(() -> new CardWallet(dir.resolve("cards")).signWithPin(first.cardId(), CHALLENGE, "0000"))
                .isInstanceOfSatisfying(WrongPinException.class, e -> assertThat(e.remainingTries()).isEqualTo(1));
        assertThat(new CardWallet(dir.resolve("cards")).find(first.cardId()).orElseThrow().remainingPinTries()).isEqualTo(1);
        assertThat(new CardWallet(dir.resolve("cards")).find(second.cardId()).orElseThrow().remainingPinTries()).isEqualTo(3);

        byte[] signature = new CardWallet(dir.resolve("cards")).signWithPin(first.cardId(), CHALLENGE, TestJpki.PIN);
        assertThat(verifies(first, signature)).isTrue();
        assertThat(new CardWallet(dir.resolve("cards")).find(first.cardId()).orElseThrow().remainingPinTries()).isEqualTo(3);
    }

    @Test
    void aLockedCardStaysLockedInTheWallet() {
        CardWallet wallet = walletWithBoth();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> wallet.signWithPin(first.cardId(), CHALLENGE, "4321")).isInstanceOf(WrongPinException.class);
        }
        assertThatThrownBy(() -> new CardWallet(dir.resolve("cards")).signWithPin(first.cardId(), CHALLENGE, TestJpki.PIN))
                .isInstanceOf(PinLockedException.class);
        assertThat(wallet.find(first.cardId()).orElseThrow().pinLocked()).isTrue();
    }

    @Test
    void concurrentSigningKeepsTheCounterConsistent() throws Exception {
        walletWithBoth();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> outcomes = new ArrayList<>();
        try {
            List<Callable<String>> tries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                // Each thread has its own wallet object, as separate readers would.
                tries.add(() -> {
                    try {
                        new CardWallet(dir.resolve("cards")).signWithPin(first.cardId(), CHALLENGE, "5555");
                        return "signed";
                    } catch (WrongPinException e) {
                        return "wrong " + e.remainingTries();
                    } catch (PinLockedException e) {
                        return "locked";
                    }
                });
            }
            for (Future<String> f : pool.invokeAll(tries)) outcomes.add(f.get());
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes).containsOnlyOnce("wrong 2", "wrong 1", "wrong 0");
        assertThat(outcomes.stream().filter("locked"::equals)).hasSize(5);
        assertThat(new CardWallet(dir.resolve("cards")).find(first.cardId()).orElseThrow().remainingPinTries()).isZero();
    }

    @Test
    void faceMatchSigningNeedsAPassedMatch() throws Exception {
        CardWallet wallet = walletWithBoth();
        assertThat(verifies(second, wallet.signAfterFaceMatch(second.cardId(), CHALLENGE, new FaceMatch(0.95, 0.8)))).isTrue();
        assertThatThrownBy(() -> wallet.signAfterFaceMatch(second.cardId(), CHALLENGE, new FaceMatch(0.2, 0.8)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUnknownCardCannotSign() {
        CardWallet wallet = walletWithBoth();
        assertThatThrownBy(() -> wallet.signWithPin("VC-0000-0000", CHALLENGE, "1234"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VC-0000-0000");
    }

    @Test
    void aCorruptCardFileIsNamed() throws Exception {
        CardWallet wallet = walletWithBoth();
        Path file = dir.resolve("cards").resolve(second.cardId() + ".json");
        Files.writeString(file, "{\"Version\": 1, \"CardId\": ");
        assertThatThrownBy(wallet::list).isInstanceOfSatisfying(CardFileException.class,
                e -> assertThat(e.file()).isEqualTo(file)).hasMessageContaining(file.toString());
    }

    @Test
    void aCardFileUnderAnotherCardsNameIsRefused() throws Exception {
        CardWallet wallet = walletWithBoth();
        Path wrong = dir.resolve("cards").resolve("VC-0000-0000.json");
        Files.copy(dir.resolve("cards").resolve(first.cardId() + ".json"), wrong);
        assertThatThrownBy(() -> wallet.find("VC-0000-0000")).isInstanceOf(CardFileException.class)
                .hasMessageContaining("VC-0000-0000.json").hasMessageContaining(first.cardId());
    }

    private static boolean verifies(VirtualCard card, byte[] signature) throws Exception {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(card.certificate().getPublicKey());
        verifier.update(CHALLENGE);
        return verifier.verify(signature);
    }
}
