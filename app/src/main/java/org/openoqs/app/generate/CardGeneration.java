package org.openoqs.app.generate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openoqs.app.generate.CardHolderSample.CardHolder;
import org.openoqs.app.generate.CardPlan.Variant;
import org.openoqs.app.progress.ProgressBar;
import org.openoqs.core.identity.BasicFourFacts;
import org.openoqs.jpki.CardId;
import org.openoqs.jpki.CardWallet;
import org.openoqs.jpki.CertificateValidity;
import org.openoqs.jpki.JpkiAuthority;
import org.openoqs.jpki.VirtualCard;

/**
 * {@code oqs generate --cards N}: virtual My Number cards for a sample of the generated persons, after
 * {@code qualifications.csv} was written.
 * <ul>
 *   <li>{@code <out>/cards/} — a {@link CardWallet}, one file per card (replacing the cards of an earlier run);</li>
 *   <li>{@code <out>/cards.csv} — {@code CardId,PersonKey,InsurerNumber,CertificateSerial,Pin,FaceId,Note}, so that
 *       testers know each card's PIN and face stand-in (test data: the PINs are in the clear here);</li>
 *   <li>{@code <out>/card-links.csv} — {@code InsurerNumber,PersonKey,Certificate} (Base64 DER), the insurer's
 *       linkage (紐付け) file, with the insurer of the person's latest qualification;</li>
 *   <li>{@code <out>/jpki/} — the virtual J-LIS, created there unless an existing one is given.</li>
 * </ul>
 * Who gets a card, their PINs, face stand-ins, days of issuance and the cards whose 基本4情報 differ from the
 * insurer's record (one in ten, at least one from two cards on; {@link CardPlan}) follow from the seed. Keys, serials
 * and card ids are random, so the files differ between runs in those columns only.
 *
 * <p>Cards are for a sample, not for the whole population: each takes an RSA-2048 key generation (50–150 ms), done on
 * a few threads with a progress bar.
 */
public final class CardGeneration {
    public static final String WALLET_DIR = "cards";
    public static final String JPKI_DIR = "jpki";
    public static final String CARDS_FILE = "cards.csv";
    public static final String LINKS_FILE = "card-links.csv";
    static final String[] CARDS_HEADER = {"CardId", "PersonKey", "InsurerNumber", "CertificateSerial", "Pin", "FaceId", "Note"};
    static final String[] LINKS_HEADER = {"InsurerNumber", "PersonKey", "Certificate"};

    /** What a run produced. */
    public record Summary(int cards, int heldForReview, Path wallet, Path jpkiDirectory) {}

    /** What goes onto one card to issue: the holder's 基本4情報 as the card carries them, PIN, face stand-in, day. */
    public record CardOrder(BasicFourFacts facts, String pin, String faceId, LocalDate issuedOn) {}

    /** One row of a card-link (紐付け) file: {@code card} belongs to {@code personKey} at {@code insurerNumber}. */
    public record CardLink(String insurerNumber, String personKey, VirtualCard card) {}

    private final long seed;
    private final LocalDate referenceDate;
    private final Path out;
    private final Path jpkiDirectory;
    private final Clock clock;

    /** @param jpkiDirectory an existing (or new) authority to issue from; null for {@code <out>/jpki} */
    public CardGeneration(long seed, LocalDate referenceDate, Path out, Path jpkiDirectory, Clock clock) {
        this.seed = seed;
        this.referenceDate = referenceDate;
        this.out = out;
        this.jpkiDirectory = jpkiDirectory != null ? jpkiDirectory : out.resolve(JPKI_DIR);
        this.clock = clock;
    }

    /** Issues up to {@code count} cards (fewer when the population has fewer eligible persons) and writes the files. */
    public Summary run(int count, PrintWriter err) throws IOException {
        long started = System.nanoTime();
        List<CardHolder> holders = new CardHolderSample(seed, referenceDate).select(out.resolve(GenerateCommand.QUALIFICATIONS_FILE), count);
        List<CardPlan> plans = plans(holders);
        JpkiAuthority authority = JpkiAuthority.createOrLoad(jpkiDirectory, clock);
        CardWallet wallet = emptyWallet();
        List<VirtualCard> cards = issue(authority, wallet, plans.stream()
                .map(p -> new CardOrder(p.cardFacts(), p.pin(), p.faceId(), p.issuedOn())).toList(), err);
        writeCardList(plans, cards);
        writeLinks(plans, cards);
        int held = (int) plans.stream().filter(p -> !p.note().isEmpty()).count();
        err.printf("Issued %,d virtual My Number cards (%,d with 基本4情報 the insurer's record lacks) in %.1f s -> %s; "
                        + "PINs in %s, linkage file %s, JPKI trust anchor %s%n", cards.size(), held,
                (System.nanoTime() - started) / 1e9, wallet.directory(), CARDS_FILE, LINKS_FILE, authority.caCertificateFile());
        if (cards.size() < count) err.printf("Only %,d persons could hold a card (open qualification and an Address)%n", cards.size());
        return new Summary(cards.size(), held, wallet.directory(), authority.directory());
    }

    /** One in ten holders, at least one from two on, gets facts that differ — alternately moved and renamed. */
    private List<CardPlan> plans(List<CardHolder> holders) {
        int odd = holders.size() < 2 ? 0 : Math.max(1, holders.size() / 10);
        List<Integer> byRank = IntStream.range(0, holders.size()).boxed()
                .sorted(Comparator.comparingLong(i -> CardHolderSample.mix64(~seed ^ CardHolderSample.fingerprint(holders.get(i).personKey()))))
                .toList();
        Variant[] variants = new Variant[holders.size()];
        java.util.Arrays.fill(variants, Variant.NONE);
        for (int k = 0; k < odd; k++) variants[byRank.get(k)] = k % 2 == 0 ? Variant.MOVED : Variant.RENAMED;
        LocalDate today = LocalDate.now(clock.withZone(CertificateValidity.JAPAN));
        List<CardPlan> plans = new ArrayList<>(holders.size());
        for (int i = 0; i < holders.size(); i++) plans.add(CardPlan.of(holders.get(i), variants[i], seed, referenceDate, today));
        return plans;
    }

    /** The wallet folder without the cards of an earlier run, so it holds exactly the cards of cards.csv. */
    private CardWallet emptyWallet() throws IOException {
        Path directory = out.resolve(WALLET_DIR);
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".json") && CardId.isValid(name.substring(0, name.length() - 5))) Files.delete(file);
                }
            }
        }
        return new CardWallet(directory);
    }

    /**
     * Issues the ordered cards and saves them in {@code wallet}, on a few threads (an RSA-2048 key generation each)
     * with a progress bar on {@code err}; the result is in order.
     */
    public static List<VirtualCard> issue(JpkiAuthority authority, CardWallet wallet, List<CardOrder> orders,
                                          PrintWriter err) throws IOException {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong done = new AtomicLong();
        try (ProgressBar progress = new ProgressBar(err, "issuing cards", orders.size(), "cards", System.console() != null)) {
            List<Future<VirtualCard>> futures = new ArrayList<>();
            for (CardOrder order : orders) {
                futures.add(pool.submit(() -> {
                    VirtualCard card = authority.issue(order.facts(), order.pin(), order.faceId(), order.issuedOn());
                    wallet.save(card);
                    progress.update(done.incrementAndGet());
                    return card;
                }));
            }
            List<VirtualCard> cards = new ArrayList<>(orders.size());
            for (Future<VirtualCard> future : futures) cards.add(result(future));
            return cards;
        } finally {
            pool.shutdownNow();
        }
    }

    private static VirtualCard result(Future<VirtualCard> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while issuing cards", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    private void writeCardList(List<CardPlan> plans, List<VirtualCard> cards) throws IOException {
        try (StagedFile file = StagedFile.open(out.resolve(CARDS_FILE))) {
            CSVPrinter csv = printer(file, CARDS_HEADER);
            for (int i = 0; i < plans.size(); i++) {
                CardPlan p = plans.get(i);
                VirtualCard c = cards.get(i);
                csv.printRecord(c.cardId(), p.holder().personKey(), p.holder().insurerNumber(), c.certificateSerial(), p.pin(),
                        p.faceId(), p.note());
            }
            csv.flush();
            file.commit();
        }
    }

    private void writeLinks(List<CardPlan> plans, List<VirtualCard> cards) throws IOException {
        try (StagedFile file = StagedFile.open(out.resolve(LINKS_FILE))) {
            writeLinks(IntStream.range(0, plans.size()).mapToObj(i -> new CardLink(plans.get(i).holder().insurerNumber(),
                    plans.get(i).holder().personKey(), cards.get(i))).toList(), file.writer());
            file.commit();
        }
    }

    /** A card-link file ({@code InsurerNumber,PersonKey,Certificate}, Base64 DER) as central's 紐付け intake reads it. */
    public static void writeLinks(List<CardLink> links, Appendable out) throws IOException {
        Base64.Encoder base64 = Base64.getEncoder();
        CSVPrinter csv = printer(out, LINKS_HEADER);
        for (CardLink link : links) csv.printRecord(link.insurerNumber(), link.personKey(), base64.encodeToString(der(link.card())));
        csv.flush();
    }

    private static CSVPrinter printer(StagedFile file, String[] header) throws IOException {
        return printer(file.writer(), header);
    }

    private static CSVPrinter printer(Appendable out, String[] header) throws IOException {
        return new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get());
    }

    private static byte[] der(VirtualCard card) {
        try {
            return card.certificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
