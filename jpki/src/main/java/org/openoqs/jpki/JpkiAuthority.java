package org.openoqs.jpki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openoqs.core.identity.BasicFourFacts;

/**
 * The virtual J-LIS (地方公共団体情報システム機構): the CA that issues 利用者証明用電子証明書 onto virtual My Number
 * cards, revokes them and publishes the CRL. Everything lives in one directory:
 * <ul>
 *   <li>{@code jpki-ca.pem} — the CA certificate, the trust anchor central loads;</li>
 *   <li>{@code jpki-ca-key.pem} — the CA's private key, PKCS#8, unencrypted and owner-only: a development and demo
 *       arrangement, not how J-LIS keeps its keys;</li>
 *   <li>{@code jpki-crl.pem} — the CRL, replaced atomically on every revocation (created empty); it is the only
 *       record of revocations, so back it up with the key;</li>
 *   <li>{@code jpki-issued.jsonl} — the index of issued certificates ({@link IssuedIndex});</li>
 *   <li>{@code .jpki.lock} — serialises issuing and revoking between processes.</li>
 * </ul>
 *
 * <p>Profile [I] (J-LIS's exact profile is not public): CA RSA-3072 (it outlives the 2048-bit horizon of 2030), valid
 * 20 years; cards RSA-2048, SHA256withRSA, subject {@code C=JP, O=OpenOQS Virtual JPKI, CN=<serial in hex>} — no name,
 * as on real 利用者証明用 certificates — valid from the day of issuance to the 5th birthday after it
 * ({@link CertificateValidity}), with key usage digitalSignature and the 基本4情報 in {@link CardFacts}. The CRL's
 * nextUpdate is 7 days after each write; verifiers keep using an overdue CRL (and log it) rather than refuse all cards.
 *
 * <p>Thread-safe; several processes may share the directory.
 */
public final class JpkiAuthority {
    public static final String CA_CERTIFICATE_FILE = "jpki-ca.pem";
    public static final String CA_KEY_FILE = "jpki-ca-key.pem";
    public static final String CRL_FILE = "jpki-crl.pem";
    public static final String INDEX_FILE = "jpki-issued.jsonl";
    static final String LOCK_FILE = ".jpki.lock";
    public static final String ORGANISATION = "OpenOQS Virtual JPKI";
    /** How long a CRL is announced to stay current; generous, since verifiers also accept an overdue one. */
    public static final Duration CRL_NEXT_UPDATE = Duration.ofDays(7);

    private final Path directory;
    private final Clock clock;
    private final CaSigner ca;
    private final IssuedIndex index;
    private final CrlSource crls;

    private JpkiAuthority(Path directory, Clock clock, CaSigner ca) {
        this.directory = directory;
        this.clock = clock;
        this.ca = ca;
        this.index = new IssuedIndex(directory.resolve(INDEX_FILE));
        this.crls = CrlSource.file(directory.resolve(CRL_FILE));
    }

    /** The authority in {@code dir}, created there (CA key, certificate, empty CRL) on first use. */
    public static JpkiAuthority createOrLoad(Path dir, Clock clock) {
        Path directory = dir.toAbsolutePath().normalize();
        Objects.requireNonNull(clock, "clock");
        try {
            if (!exists(directory)) {
                try (FileMutex mutex = FileMutex.acquire(directory.resolve(LOCK_FILE))) {
                    if (!exists(directory)) create(directory, clock);
                }
            }
            return load(directory, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the JPKI authority in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code dir} already holds an authority (its CA certificate). */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(CA_CERTIFICATE_FILE));
    }

    private static void create(Path directory, Clock clock) throws IOException {
        if (Files.exists(directory.resolve(INDEX_FILE))) {
            throw new IOException(directory.resolve(CA_CERTIFICATE_FILE) + " is missing but cards were issued ("
                    + INDEX_FILE + "); restore the CA certificate instead of creating a new CA");
        }
        Instant now = clock.instant();
        CaSigner ca = CaSigner.create(now);
        // The key first and the certificate last: the certificate's presence is what marks the CA as created, so a run
        // cut short leaves no certificate without its key.
        AtomicFile.write(directory.resolve(CA_KEY_FILE), Pem.encode(ca.key()), true);
        AtomicFile.write(directory.resolve(CRL_FILE), Pem.encode(ca.crl(null, now, CRL_NEXT_UPDATE, null, null)), false);
        AtomicFile.write(directory.resolve(CA_CERTIFICATE_FILE), Pem.encode(ca.certificate()), false);
    }

    private static JpkiAuthority load(Path directory, Clock clock) throws IOException {
        Path keyFile = directory.resolve(CA_KEY_FILE);
        CaSigner ca = CaSigner.of(Pem.readCertificate(directory.resolve(CA_CERTIFICATE_FILE)), Pem.readPrivateKey(keyFile),
                keyFile.toString());
        JpkiAuthority authority = new JpkiAuthority(directory, clock, ca);
        authority.index.refresh();
        if (!Files.exists(authority.crlFile())) {
            // The CRL is the only record of revocations: recreating it once cards exist would quietly un-revoke them.
            if (!authority.index.entries().isEmpty()) {
                throw new IOException(authority.crlFile() + " is missing but cards were issued; restore it from a backup");
            }
            authority.writeCrl(ca.crl(null, clock.instant(), CRL_NEXT_UPDATE, null, null));
        }
        return authority;
    }

    public X509Certificate caCertificate() { return ca.certificate(); }

    public Path directory() { return directory; }

    public Path caCertificateFile() { return directory.resolve(CA_CERTIFICATE_FILE); }

    public Path crlFile() { return directory.resolve(CRL_FILE); }

    /**
     * Issues a 利用者証明用 certificate onto a new virtual card. The PIN must be exactly 4 ASCII digits; {@code faceId}
     * is the face stand-in (1–64 of A–Z a–z 0–9 . _ -). The card is returned, not stored: put it in a
     * {@link CardWallet}. Generating the RSA key takes 50–150 ms; several threads may issue at once.
     */
    public VirtualCard issue(BasicFourFacts facts, String pin, String faceId, LocalDate issuedOn) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Pin.requireValid(pin);
        VirtualCard.requireFaceId(faceId);
        CardFacts.extension(facts); // refuses a blank Name or Address before the slow key generation
        LocalDate validUntil = CertificateValidity.lastDay(facts.birthdate(), issuedOn);
        if (CertificateValidity.notAfter(validUntil).isAfter(caCertificate().getNotAfter().toInstant())) {
            throw new IllegalStateException("the JPKI CA in " + directory + " expires at " + caCertificate().getNotAfter().toInstant()
                    + ", before this card would (" + validUntil + "); create a new authority");
        }
        KeyPair keys = CaSigner.rsa(CaSigner.CARD_KEY_BITS);
        PinHash pinHash = PinHash.of(pin, CaSigner.RANDOM);
        Issued issued = register(facts, issuedOn, validUntil, keys.getPublic());
        return new VirtualCard(issued.cardId(), issued.certificate(), keys.getPrivate(), pinHash, VirtualCard.PIN_TRIES,
                faceId, issuedOn);
    }

    private record Issued(String cardId, X509Certificate certificate) {}

    /** Under the lock: a fresh serial and card id, the signed certificate, and its line in the index. */
    private Issued register(BasicFourFacts facts, LocalDate issuedOn, LocalDate validUntil, PublicKey key) {
        try (FileMutex mutex = FileMutex.acquire(directory.resolve(LOCK_FILE))) {
            index.refresh();
            BigInteger serial = CaSigner.randomSerial();
            while (index.bySerial(serial).isPresent()) serial = CaSigner.randomSerial();
            String cardId = CardId.random(CaSigner.RANDOM);
            while (index.byCardId(cardId).isPresent()) cardId = CardId.random(CaSigner.RANDOM);
            X509Certificate certificate = ca.cardCertificate(serial, facts, CertificateValidity.notBefore(issuedOn),
                    CertificateValidity.notAfter(validUntil), key);
            index.append(new IssuedIndex.Entry(serial, cardId, facts, issuedOn, validUntil));
            return new Issued(cardId, certificate);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the issued card in " + index.file() + ": " + e.getMessage(), e);
        }
    }

    /** Revokes for {@link RevocationReason#KEY_COMPROMISE} (a lost or stolen card). */
    public void revoke(BigInteger serial) {
        revoke(serial, RevocationReason.KEY_COMPROMISE);
    }

    /**
     * Puts a certificate this authority issued on the CRL and rewrites the CRL file atomically. Revoking a revoked
     * certificate changes nothing (the first reason stays). A serial this authority never issued is an
     * {@link IllegalArgumentException}.
     */
    public void revoke(BigInteger serial, RevocationReason reason) {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(reason, "reason");
        try (FileMutex mutex = FileMutex.acquire(directory.resolve(LOCK_FILE))) {
            index.refresh();
            if (index.bySerial(serial).isEmpty()) {
                throw new IllegalArgumentException("no card certificate with serial " + CertificateSerial.hex(serial)
                        + " was issued by the JPKI authority in " + directory);
            }
            X509CRL current = Pem.readCrl(crlFile());
            if (current.getRevokedCertificate(serial) != null) return;
            writeCrl(ca.crl(current, clock.instant(), CRL_NEXT_UPDATE, serial, reason));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot revoke " + CertificateSerial.hex(serial) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Re-signs the CRL with the same entries and a fresh thisUpdate/nextUpdate, so that verifiers stop seeing it as
     * overdue when nothing was revoked for a week. Returns the new CRL.
     */
    public X509CRL refreshCrl() {
        try (FileMutex mutex = FileMutex.acquire(directory.resolve(LOCK_FILE))) {
            X509CRL fresh = ca.crl(Pem.readCrl(crlFile()), clock.instant(), CRL_NEXT_UPDATE, null, null);
            writeCrl(fresh);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the CRL " + crlFile() + ": " + e.getMessage(), e);
        }
    }

    /** The current CRL, as last written by any process sharing the directory. */
    public X509CRL crl() {
        return crls.current();
    }

    /** Every certificate issued, in order of issuance, with its revocation state from the current CRL. */
    public List<IssuedCardRecord> issued() {
        refreshIndex();
        Set<BigInteger> revoked = revokedSerials(crl());
        return index.entries().stream().map(e -> record(e, revoked)).toList();
    }

    /** The certificate issued onto {@code cardId}, if this authority issued that card. */
    public Optional<IssuedCardRecord> findCard(String cardId) {
        refreshIndex();
        return index.byCardId(cardId).map(e -> record(e, revokedSerials(crl())));
    }

    private void refreshIndex() {
        try {
            index.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private static IssuedCardRecord record(IssuedIndex.Entry e, Set<BigInteger> revoked) {
        return new IssuedCardRecord(e.serial(), e.cardId(), e.facts(), e.issuedOn(), e.validUntil(), revoked.contains(e.serial()));
    }

    private static Set<BigInteger> revokedSerials(X509CRL crl) {
        Set<BigInteger> serials = new HashSet<>();
        if (crl.getRevokedCertificates() != null) crl.getRevokedCertificates().forEach(r -> serials.add(r.getSerialNumber()));
        return serials;
    }

    private void writeCrl(X509CRL crl) throws IOException {
        AtomicFile.write(crlFile(), Pem.encode(crl), false);
    }
}
