package org.openoqs.jpki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder of virtual My Number cards, one {@code <CardId>.json} file per card — "the physical cards" that only card
 * readers (the kiosk, a patient's reader) open. Files are written atomically and owner-only, since each holds its
 * card's private key ({@link CardFile}).
 *
 * <p>{@link #signWithPin} loads the card, checks the PIN, saves the changed try counter and signs as one step,
 * serialised per card between threads and, through a lock file in {@code .locks/}, between processes — so the counter
 * behaves like the chip's even when two readers use the same wallet.
 */
public final class CardWallet {
    private static final String SUFFIX = ".json";
    private final Path directory;

    public CardWallet(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    /** Every card in the wallet, sorted by card id; an absent folder is an empty wallet. */
    public List<VirtualCard> list() {
        List<VirtualCard> cards = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files.filter(CardWallet::isCardFile).sorted()::iterator) {
                read(file).ifPresent(cards::add);
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the card wallet " + directory, e);
        }
        cards.sort(Comparator.comparing(VirtualCard::cardId));
        return cards;
    }

    /** The card with this id; empty when the wallet holds none (or the id is not a card id at all). */
    public Optional<VirtualCard> find(String cardId) {
        if (!CardId.isValid(cardId)) return Optional.empty();
        return read(file(cardId));
    }

    /** Writes the card, replacing an earlier file of the same card atomically. */
    public void save(VirtualCard card) {
        try (FileMutex mutex = FileMutex.acquire(lockFile(card.cardId()))) {
            AtomicFile.write(file(card.cardId()), CardFile.encode(card), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save card " + card.cardId() + " in " + directory, e);
        }
    }

    /**
     * Loads the card, checks the PIN, persists the try counter and signs {@code challenge} — see
     * {@link VirtualCard#signWithPin}. An unknown card id is an {@link IllegalArgumentException}.
     */
    public byte[] signWithPin(String cardId, byte[] challenge, String pin) throws WrongPinException, PinLockedException {
        Pin.requireValid(pin);
        try (FileMutex mutex = FileMutex.acquire(lockFile(CardId.requireValid(cardId)))) {
            VirtualCard card = load(cardId);
            int before = card.remainingPinTries();
            try {
                return card.signWithPin(challenge, pin);
            } finally {
                if (card.remainingPinTries() != before) save(card);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock card " + cardId + " in " + directory, e);
        }
    }

    /** Loads the card and signs after a face match — see {@link VirtualCard#signAfterFaceMatch}. */
    public byte[] signAfterFaceMatch(String cardId, byte[] challenge, FaceMatch match) {
        return load(CardId.requireValid(cardId)).signAfterFaceMatch(challenge, match);
    }

    private VirtualCard load(String cardId) {
        return find(cardId).orElseThrow(() -> new IllegalArgumentException("no card " + cardId + " in the wallet " + directory));
    }

    private Optional<VirtualCard> read(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new CardFileException(file, "cannot read: " + e.getMessage(), e);
        }
        VirtualCard card = CardFile.decode(content, file);
        if (!file.getFileName().toString().equals(card.cardId() + SUFFIX)) {
            throw new CardFileException(file, "holds card " + card.cardId() + "; the file name must be " + card.cardId() + SUFFIX, null);
        }
        return Optional.of(card);
    }

    private Path file(String cardId) {
        return directory.resolve(cardId + SUFFIX);
    }

    private Path lockFile(String cardId) {
        return directory.resolve(".locks").resolve(cardId + ".lock");
    }

    private static boolean isCardFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(SUFFIX) && CardId.isValid(name.substring(0, name.length() - SUFFIX.length()));
    }
}
