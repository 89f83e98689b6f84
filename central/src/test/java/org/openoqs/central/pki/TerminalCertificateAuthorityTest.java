package org.openoqs.central.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openoqs.core.InvalidValueException;

class TerminalCertificateAuthorityTest {
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, JAPAN);
    static final TerminalCertificateAuthority CA =
            TerminalCertificateAuthority.create("Test CA", KeyAlgorithm.EC, Period.ofYears(10), CLOCK);

    @Test
    void caCertificateIsASelfSignedCaForTenYears() throws Exception {
        X509Certificate ca = CA.certificate();
        ca.verify(ca.getPublicKey());
        assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(ca.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(ca.getKeyUsage()[6]).as("cRLSign").isTrue();
        assertThat(ca.getNotAfter().toInstant()).isEqualTo(ZonedDateTime.ofInstant(NOW, JAPAN).plusYears(10).toInstant());
    }

    @Test
    void terminalCertificateCarriesTheInstitutionCodeInOuAndSerialNumber() {
        IssuedCertificate issued = CA.issueTerminal("3410712362", "reception-1", Period.ofYears(3));
        X509Certificate cert = issued.certificate();
        assertThat(issued.subject()).contains("CN=reception-1", "OU=3410712362", "O=OpenOQS terminal", "SERIALNUMBER=3410712362");
        assertThat(TerminalCertificates.institutionCode(cert)).contains("3410712362");
        assertThat(TerminalCertificates.commonName(cert)).isEqualTo("reception-1");
    }

    @Test
    void terminalCertificateIsForClientAuthenticationOnly() throws Exception {
        X509Certificate cert = CA.issueTerminal("3410712362", "reception-1", Period.ofYears(3)).certificate();
        assertThat(cert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
        assertThat(cert.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(cert.getBasicConstraints()).isEqualTo(-1);
        assertThat(cert.getSerialNumber().bitLength()).isBetween(100, 128);
    }

    @Test
    void terminalCertificateChainsToTheCa() throws Exception {
        X509Certificate cert = CA.issueTerminal("3410712362", "reception-1", Period.ofYears(3)).certificate();
        var path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(cert));
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(CA.certificate(), null)));
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(NOW));
        CertPathValidator.getInstance("PKIX").validate(path, parameters);
    }

    @Test
    void validityFollowsTheConfiguredPeriod() {
        X509Certificate cert = CA.issueTerminal("3410712362", "reception-1", Period.ofYears(3)).certificate();
        assertThat(cert.getNotBefore().toInstant()).isBefore(NOW);
        assertThat(cert.getNotAfter().toInstant()).isEqualTo(ZonedDateTime.ofInstant(NOW, JAPAN).plusYears(3).toInstant());
        X509Certificate shortLived = CA.issueTerminal("3410712362", "reception-1", Period.ofDays(30)).certificate();
        assertThat(shortLived.getNotAfter().toInstant()).isEqualTo(NOW.plusSeconds(30L * 24 * 3600));
    }

    @Test
    void noCertificateOutlivesTheCa() {
        X509Certificate cert = CA.issueTerminal("3410712362", "reception-1", Period.ofYears(30)).certificate();
        assertThat(cert.getNotAfter()).isEqualTo(CA.certificate().getNotAfter());
    }

    @Test
    void invalidInstitutionCodeIsRefused() {
        assertThatThrownBy(() -> CA.issueTerminal("3410712363", "reception-1", Period.ofYears(3)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CA.issueTerminal("12345", "reception-1", Period.ofYears(3)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void terminalIdMustBeAPlainName() {
        assertThatThrownBy(() -> CA.issueTerminal("3410712362", "a,OU=1312345679", Period.ofYears(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void serverCertificateNamesLocalhostAndTheGivenHosts() throws Exception {
        X509Certificate cert = CA.issueServer(List.of("central.example"), Period.ofYears(1)).certificate();
        assertThat(cert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(cert.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))).toList())
                .containsExactly("localhost", "127.0.0.1", "central.example");
        cert.verify(CA.certificate().getPublicKey());
    }

    @Test
    void rsaCaIssuesRsaCertificates() throws Exception {
        var rsa = TerminalCertificateAuthority.create("RSA CA", KeyAlgorithm.RSA, Period.ofYears(10), CLOCK);
        X509Certificate cert = rsa.issueTerminal("3410712362", "t1", Period.ofYears(3)).certificate();
        assertThat(cert.getPublicKey().getAlgorithm()).isEqualTo("RSA");
        cert.verify(rsa.certificate().getPublicKey());
    }

    @Test
    void keyStoresHoldKeyWithChainAndTheCaAlone() throws Exception {
        IssuedCertificate issued = CA.issueTerminal("3410712362", "reception-1", Period.ofYears(3));
        KeyStore client = issued.toKeyStore("secret".toCharArray());
        assertThat(client.getCertificateChain(IssuedCertificate.ALIAS)).containsExactly(issued.certificate(), CA.certificate());
        assertThat(client.getKey(IssuedCertificate.ALIAS, "secret".toCharArray())).isEqualTo(issued.privateKey());
        KeyStore trust = CA.trustStore();
        assertThat(java.util.Collections.list(trust.aliases())).hasSize(1);
        assertThat(trust.isCertificateEntry("openoqs-ca")).isTrue();
    }

    @Test
    void caSurvivesAKeyStoreRoundTrip() throws Exception {
        KeyStore stored = CA.toKeyStore("pw".toCharArray());
        var loaded = TerminalCertificateAuthority.fromKeyStore(stored, "pw".toCharArray(), CLOCK);
        loaded.issueTerminal("3410712362", "t1", Period.ofYears(3)).certificate().verify(CA.certificate().getPublicKey());
    }
}
