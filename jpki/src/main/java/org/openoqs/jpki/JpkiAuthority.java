package org.openoqs.jpki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CRLHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.openoqs.core.identity.BasicFourFacts;

/**
 * The virtual J-LIS (地方公共団体情報システム機構): the CA that issues 利用者証明用電子証明書 onto virtual My Number
 * cards, revokes them and publishes the CRL. Everything lives in one directory:
 * <ul>
 *   <li>{@code jpki-ca.pem} — the CA certificate, the trust anchor central loads;</li>
 *   <li>{@code jpki-ca-key.pem} — the CA's private key, PKCS#8, unencrypted and owner-only: a development and demo
 *       arrangement, not how J-LIS keeps its keys;</li>
 *   <li>{@code jpki-crl.pem} — the CRL, replaced atomically on every revocation (created empty);</li>
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
    static final int CA_KEY_BITS = 3072;
    static final int CARD_KEY_BITS = 2048;
    static final Period CA_VALIDITY = Period.ofYears(20);
    /** How long a CRL is announced to stay current; generous, since verifiers also accept an overdue one. */
    public static final Duration CRL_NEXT_UPDATE = Duration.ofDays(7);
    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private final Clock clock;
    private final X509Certificate caCertificate;
    private final PrivateKey caKey;
    private final IssuedIndex index;
    private final CrlSource crls;

    private JpkiAuthority(Path directory, Clock clock, X509Certificate caCertificate, PrivateKey caKey) {
        this.directory = directory;
        this.clock = clock;
        this.caCertificate = caCertificate;
        this.caKey = caKey;
        this.index = new IssuedIndex(directory.resolve(INDEX_FILE));
        this.crls = CrlSource.file(directory.resolve(CRL_FILE));
    }

    /** The authority in {@code dir}, created there (CA key, certificate, empty CRL) on first use. */
    public static JpkiAuthority createOrLoad(Path dir, Clock clock) {
        Path directory = dir.toAbsolutePath().normalize();
        Objects.requireNonNull(clock, "clock");
        try {
            if (!Files.exists(directory.resolve(CA_CERTIFICATE_FILE))) {
                try (FileMutex mutex = FileMutex.acquire(directory.resolve(LOCK_FILE))) {
                    if (!Files.exists(directory.resolve(CA_CERTIFICATE_FILE))) create(directory, clock);
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
        KeyPair keys = generate(CA_KEY_BITS);
        X509Certificate certificate = selfSigned(keys, clock.instant());
        // The key first and the certificate last: the certificate's presence is what marks the CA as created, so a run
        // cut short leaves no certificate without its key.
        AtomicFile.write(directory.resolve(CA_KEY_FILE), Pem.encode(keys.getPrivate()), true);
        AtomicFile.write(directory.resolve(CRL_FILE), Pem.encode(buildCrl(certificate, keys.getPrivate(), null,
                BigInteger.ONE, clock.instant(), null, null)), false);
        AtomicFile.write(directory.resolve(CA_CERTIFICATE_FILE), Pem.encode(certificate), false);
    }

    private static JpkiAuthority load(Path directory, Clock clock) throws IOException {
        X509Certificate certificate = Pem.readCertificate(directory.resolve(CA_CERTIFICATE_FILE));
        PrivateKey key = Pem.readPrivateKey(directory.resolve(CA_KEY_FILE));
        if (!(certificate.getPublicKey() instanceof RSAPublicKey pub) || !(key instanceof RSAPrivateKey priv)
                || !pub.getModulus().equals(priv.getModulus())) {
            throw new IOException(directory.resolve(CA_KEY_FILE) + " does not belong to " + directory.resolve(CA_CERTIFICATE_FILE));
        }
        JpkiAuthority authority = new JpkiAuthority(directory, clock, certificate, key);
        authority.index.refresh();
        if (!Files.exists(directory.resolve(CRL_FILE))) authority.writeCrl(authority.revokedNone());
        return authority;
    }

    public X509Certificate caCertificate() { return caCertificate; }

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
        CardFacts.extension(facts); // refuses blank Name/Address before the slow key generation
        LocalDate validUntil = CertificateValidity.lastDay(facts.birthdate(), issuedOn);
        Instant notAfter = CertificateValidity.notAfter(validUntil);
        if (notAfter.isAfter(caCertificate.getNotAfter().toInstant())) {
            throw new IllegalStateException("the JPKI CA in " + directory + " expires on " + caCertificate.getNotAfter().toInstant()
                    + ", before this card would (" + validUntil + "); create a new authority");
        }
        KeyPair keys = generate(CARD_KEY_BITS);
        PinHash pinHash = PinHash.of(pin, RANDOM);
        Issued issued = register(facts, issuedOn, validUntil, keys.getPublic());
        return new VirtualCard(issued.cardId(), issued.certificate(), keys.getPrivate(), pinHash, VirtualCard.PIN_TRIES,
                faceId, issuedOn);
    }

    private record Issued(String cardId, X509Certificate certificate) {}

    /** Under the lock: a fresh serial and card id, the signed certificate, and its line in the index. */
    private Issued register(BasicFourFacts facts, LocalDate issuedOn, LocalDate validUntil, PublicKey key) {
        try (FileMutex mutex = FileMutex.acquire(directory.resolve(LOCK_FILE))) {
            index.refresh();
            BigInteger serial = randomSerial();
            while (index.bySerial(serial).isPresent()) serial = randomSerial();
            String cardId = CardId.random(RANDOM);
            while (index.byCardId(cardId).isPresent()) cardId = CardId.random(RANDOM);
            X509Certificate certificate = cardCertificate(serial, facts, CertificateValidity.notBefore(issuedOn),
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
            writeCrl(buildCrl(caCertificate, caKey, current, nextCrlNumber(current), clock.instant(), serial, reason));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot revoke " + CertificateSerial.hex(serial) + ": " + e.getMessage(), e);
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

    private X509CRL revokedNone() {
        return buildCrl(caCertificate, caKey, null, BigInteger.ONE, clock.instant(), null, null);
    }

    private void writeCrl(X509CRL crl) throws IOException {
        AtomicFile.write(crlFile(), Pem.encode(crl), false);
    }

    private static BigInteger nextCrlNumber(X509CRL crl) throws IOException {
        byte[] value = crl.getExtensionValue(Extension.cRLNumber.getId());
        if (value == null) return BigInteger.ONE;
        try {
            return CRLNumber.getInstance(org.bouncycastle.asn1.ASN1OctetString.getInstance(value).getOctets()).getCRLNumber()
                    .add(BigInteger.ONE);
        } catch (IllegalArgumentException e) {
            throw new IOException("the CRL's CRLNumber is not well formed", e);
        }
    }

    /** A CRL carrying the entries of {@code previous} (if any) plus {@code serial} (if any). */
    private static X509CRL buildCrl(X509Certificate ca, PrivateKey key, X509CRL previous, BigInteger number, Instant now,
                                    BigInteger serial, RevocationReason reason) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()),
                    Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(CRL_NEXT_UPDATE)));
            if (previous != null) builder.addCRL(new JcaX509CRLHolder(previous));
            if (serial != null) builder.addCRLEntry(serial, Date.from(now), reason.code());
            builder.addExtension(Extension.authorityKeyIdentifier, false, extensions().createAuthorityKeyIdentifier(ca));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(number));
            X509CRLHolder holder = builder.build(signer(key));
            return new JcaX509CRLConverter().getCRL(holder);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot sign the CRL: " + e.getMessage(), e);
        }
    }

    private X509Certificate cardCertificate(BigInteger serial, BasicFourFacts facts, Instant notBefore, Instant notAfter,
                                            PublicKey key) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "JP").addRDN(BCStyle.O, ORGANISATION)
                .addRDN(BCStyle.CN, CertificateSerial.hex(serial)).build();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caCertificate, serial, Date.from(notBefore),
                Date.from(notAfter), subject, key);
        try {
            JcaX509ExtensionUtils utils = extensions();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key));
            builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(caCertificate));
            builder.addExtension(CardFacts.extension(facts));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return sign(builder, caKey);
    }

    private static X509Certificate selfSigned(KeyPair keys, Instant now) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "JP").addRDN(BCStyle.O, ORGANISATION)
                .addRDN(BCStyle.CN, "OpenOQS Virtual JPKI CA for user authentication").build();
        Instant end = now.atZone(CertificateValidity.JAPAN).plus(CA_VALIDITY).toInstant();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, randomSerial(),
                Date.from(now.minusSeconds(60)), Date.from(end), subject, keys.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false, extensions().createSubjectKeyIdentifier(keys.getPublic()));
        } catch (CertIOException e) {
            throw new IllegalStateException(e);
        }
        return sign(builder, keys.getPrivate());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) {
        try {
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer(key)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a certificate: " + e.getMessage(), e);
        }
    }

    private static ContentSigner signer(PrivateKey key) {
        try {
            return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign with " + SIGNATURE_ALGORITHM + ": " + e.getMessage(), e);
        }
    }

    private static KeyPair generate(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is missing from this JDK", e);
        }
    }

    private static JcaX509ExtensionUtils extensions() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 127 random bits, positive and below 2^127 so the DER INTEGER fits in 16 bytes: unguessable and unique. */
    private static BigInteger randomSerial() {
        BigInteger serial;
        do {
            serial = new BigInteger(127, RANDOM);
        } while (serial.signum() == 0);
        return serial;
    }
}
