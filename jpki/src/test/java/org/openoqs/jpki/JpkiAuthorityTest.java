package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bouncycastle.asn1.x509.CRLReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.core.code.Sex;
import org.openoqs.core.identity.BasicFourFacts;

class JpkiAuthorityTest {
    @TempDir Path temp;

    private final JpkiAuthority authority = TestJpki.authority();

    @Test
    void theCaAndItsFilesAreCreatedOnFirstUse() throws Exception {
        Path dir = authority.directory();
        assertThat(authority.caCertificateFile()).isEqualTo(dir.resolve("jpki-ca.pem")).isRegularFile();
        assertThat(authority.crlFile()).isEqualTo(dir.resolve("jpki-crl.pem")).isRegularFile();
        assertThat(Files.readString(authority.caCertificateFile())).startsWith("-----BEGIN CERTIFICATE-----");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(dir.resolve("jpki-ca-key.pem")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.getPosixFilePermissions(authority.caCertificateFile()))
                    .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
        }
        X509Certificate ca = authority.caCertificate();
        ca.verify(ca.getPublicKey());
        assertThat(ca.getBasicConstraints()).isZero();
        assertThat(((RSAPublicKey) ca.getPublicKey()).getModulus().bitLength()).isEqualTo(3072);
        assertThat(ca.getSubjectX500Principal().getName()).contains("O=OpenOQS Virtual JPKI", "C=JP");
        assertThat(Pem.readCertificate(authority.caCertificateFile())).isEqualTo(ca);
        assertThat(JpkiAuthority.exists(dir)).isTrue();
        assertThat(JpkiAuthority.exists(temp)).isFalse();
    }

    @Test
    void loadingAgainGivesTheSameCaAndItsCards() {
        VirtualCard card = TestJpki.card();
        JpkiAuthority again = JpkiAuthority.createOrLoad(authority.directory(), TestJpki.CLOCK);
        assertThat(again.caCertificate()).isEqualTo(authority.caCertificate());
        assertThat(again.findCard(card.cardId())).hasValueSatisfying(r -> {
            assertThat(r.serial()).isEqualTo(card.certificate().getSerialNumber());
            assertThat(r.serialHex()).isEqualTo(card.certificateSerial());
            assertThat(r.facts()).isEqualTo(TestJpki.YAMADA);
            assertThat(r.issuedOn()).isEqualTo(TestJpki.ISSUED_ON);
            assertThat(r.validUntil()).isEqualTo(LocalDate.of(2030, 4, 15));
            assertThat(r.revoked()).isFalse();
        });
        assertThat(again.issued()).extracting(IssuedCardRecord::cardId).contains(card.cardId());
    }

    @Test
    void theCardCertificateFollowsTheProfile() throws Exception {
        VirtualCard card = TestJpki.card();
        X509Certificate cert = card.certificate();
        cert.verify(authority.caCertificate().getPublicKey());
        assertThat(cert.getIssuerX500Principal()).isEqualTo(authority.caCertificate().getSubjectX500Principal());
        assertThat(cert.getSubjectX500Principal().getName())
                .isEqualTo("CN=" + card.certificateSerial() + ",O=OpenOQS Virtual JPKI,C=JP")
                .doesNotContain("山田");
        assertThat(cert.getSigAlgName()).isEqualTo("SHA256withRSA");
        assertThat(((RSAPublicKey) cert.getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
        assertThat(cert.getNotBefore().toInstant()).isEqualTo(CertificateValidity.notBefore(TestJpki.ISSUED_ON));
        assertThat(cert.getNotAfter().toInstant()).isEqualTo(CertificateValidity.notAfter(LocalDate.of(2030, 4, 15)));
        assertThat(cert.getBasicConstraints()).isEqualTo(-1);
        assertThat(cert.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(cert.getCriticalExtensionOIDs()).doesNotContain(CardFacts.OID_TEXT);
        assertThat(CardFacts.read(cert)).isEqualTo(TestJpki.YAMADA);
        assertThat(CardId.isValid(card.cardId())).isTrue();
        assertThat(card.remainingPinTries()).isEqualTo(3);
        assertThat(card.issuedOn()).isEqualTo(TestJpki.ISSUED_ON);
    }

    @Test
    void badRequestsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> authority.issue(TestJpki.YAMADA, "12a4", "face-a", TestJpki.ISSUED_ON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("pin ");
        assertThatThrownBy(() -> authority.issue(TestJpki.YAMADA, "1234", "face a", TestJpki.ISSUED_ON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("faceId ");
        assertThatThrownBy(() -> authority.issue(TestJpki.YAMADA, "1234", "face-a", LocalDate.of(1979, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Birthdate");
        BasicFourFacts noAddress = new BasicFourFacts("山田　花子", LocalDate.of(1990, 1, 1), Sex.FEMALE, " ");
        assertThatThrownBy(() -> authority.issue(noAddress, "1234", "face-a", TestJpki.ISSUED_ON))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Address");
    }

    @Test
    void revokingWritesTheCrlOnceWithTheReason() throws Exception {
        VirtualCard lost = TestJpki.issue();
        VirtualCard returned = TestJpki.issue();
        BigInteger before = crlNumber(authority.crl());

        authority.revoke(lost.certificate().getSerialNumber());
        X509CRL afterFirst = Pem.readCrl(authority.crlFile());
        afterFirst.verify(authority.caCertificate().getPublicKey());
        assertThat(reason(afterFirst.getRevokedCertificate(lost.certificate()))).isEqualTo(CRLReason.keyCompromise);
        assertThat(crlNumber(afterFirst)).isEqualTo(before.add(BigInteger.ONE));
        assertThat(Duration.between(afterFirst.getThisUpdate().toInstant(), afterFirst.getNextUpdate().toInstant()))
                .isEqualTo(Duration.ofDays(7));

        byte[] written = Files.readAllBytes(authority.crlFile());
        authority.revoke(lost.certificate().getSerialNumber(), RevocationReason.CESSATION_OF_OPERATION);
        assertThat(Files.readAllBytes(authority.crlFile())).as("idempotent").isEqualTo(written);

        authority.revoke(returned.certificate().getSerialNumber(), RevocationReason.CESSATION_OF_OPERATION);
        X509CRL afterSecond = authority.crl();
        assertThat(reason(afterSecond.getRevokedCertificate(returned.certificate()))).isEqualTo(CRLReason.cessationOfOperation);
        assertThat(afterSecond.getRevokedCertificate(lost.certificate())).as("earlier entries are kept").isNotNull();
        assertThat(authority.findCard(lost.cardId()).orElseThrow().revoked()).isTrue();
        assertThat(authority.issued()).filteredOn(r -> r.cardId().equals(returned.cardId()))
                .singleElement().extracting(IssuedCardRecord::revoked).isEqualTo(true);
    }

    @Test
    void refreshingTheCrlKeepsItsEntriesAndMovesItsDates() throws Exception {
        VirtualCard lost = TestJpki.issue();
        authority.revoke(lost.certificate().getSerialNumber());
        X509CRL before = authority.crl();
        java.time.Instant later = TestJpki.NOW.plus(Duration.ofDays(10));
        X509CRL fresh = JpkiAuthority.createOrLoad(authority.directory(), java.time.Clock.fixed(later, java.time.ZoneOffset.UTC))
                .refreshCrl();
        assertThat(fresh.getThisUpdate().toInstant()).isEqualTo(later);
        assertThat(fresh.getNextUpdate().toInstant()).isEqualTo(later.plus(Duration.ofDays(7)));
        assertThat(fresh.getRevokedCertificates()).isEqualTo(before.getRevokedCertificates());
        assertThat(crlNumber(fresh)).isEqualTo(crlNumber(before).add(BigInteger.ONE));
        assertThat(authority.crl()).isEqualTo(fresh);
    }

    @Test
    void aSerialThisAuthorityNeverIssuedCannotBeRevoked() {
        assertThatThrownBy(() -> authority.revoke(BigInteger.valueOf(42))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2A");
    }

    @Test
    void theIndexKeepsEveryCardIssuedByConcurrentThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<VirtualCard> cards = new ArrayList<>();
        try {
            List<Callable<VirtualCard>> jobs = new ArrayList<>();
            for (int i = 0; i < 3; i++) jobs.add(TestJpki::issue);
            for (Future<VirtualCard> f : pool.invokeAll(jobs)) cards.add(f.get());
        } finally {
            pool.shutdownNow();
        }
        Set<String> ids = new HashSet<>();
        cards.forEach(c -> ids.add(c.cardId()));
        assertThat(ids).hasSize(3);
        List<IssuedCardRecord> fresh = JpkiAuthority.createOrLoad(authority.directory(), TestJpki.CLOCK).issued();
        assertThat(fresh).extracting(IssuedCardRecord::cardId).containsAll(ids).doesNotHaveDuplicates();
        assertThat(fresh).extracting(IssuedCardRecord::serial).doesNotHaveDuplicates();
    }

    @Test
    void aKeyThatIsNotTheCasIsRefused() throws Exception {
        Path dir = copyOfSharedAuthority(false);
        Files.copy(TestJpki.foreignAuthority().directory().resolve(JpkiAuthority.CA_KEY_FILE),
                dir.resolve(JpkiAuthority.CA_KEY_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> JpkiAuthority.createOrLoad(dir, TestJpki.CLOCK)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(dir.resolve(JpkiAuthority.CA_KEY_FILE).toString());
    }

    @Test
    void aMissingCaCertificateIsNotSilentlyReplacedOnceCardsWereIssued() throws Exception {
        TestJpki.card();
        Path dir = copyOfSharedAuthority(true);
        Files.delete(dir.resolve(JpkiAuthority.CA_CERTIFICATE_FILE));
        assertThatThrownBy(() -> JpkiAuthority.createOrLoad(dir, TestJpki.CLOCK)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("jpki-ca.pem is missing but cards were issued");
    }

    @Test
    void aMissingCrlIsRecreatedEmptyOnlyWhileNoCardWasIssued() throws Exception {
        Path empty = copyOfSharedAuthority(false);
        Files.delete(empty.resolve(JpkiAuthority.CRL_FILE));
        JpkiAuthority copy = JpkiAuthority.createOrLoad(empty, TestJpki.CLOCK);
        assertThat(copy.crlFile()).isRegularFile();
        assertThat(copy.crl().getRevokedCertificates()).isNull();

        TestJpki.card();
        Path withCards = copyOfSharedAuthority(true);
        Files.delete(withCards.resolve(JpkiAuthority.CRL_FILE));
        assertThatThrownBy(() -> JpkiAuthority.createOrLoad(withCards, TestJpki.CLOCK)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("jpki-crl.pem is missing but cards were issued");
    }

    private Path copyOfSharedAuthority(boolean withIndex) throws Exception {
        Path dir = Files.createTempDirectory(temp, "copy");
        List<String> names = new ArrayList<>(List.of(JpkiAuthority.CA_CERTIFICATE_FILE, JpkiAuthority.CA_KEY_FILE,
                JpkiAuthority.CRL_FILE));
        if (withIndex) names.add(JpkiAuthority.INDEX_FILE);
        for (String name : names) Files.copy(authority.directory().resolve(name), dir.resolve(name));
        return dir;
    }

    private static int reason(X509CRLEntry entry) {
        return entry.getRevocationReason().ordinal();
    }

    private static BigInteger crlNumber(X509CRL crl) {
        byte[] value = crl.getExtensionValue("2.5.29.20");
        return org.bouncycastle.asn1.x509.CRLNumber.getInstance(
                org.bouncycastle.asn1.ASN1OctetString.getInstance(value).getOctets()).getCRLNumber();
    }
}
