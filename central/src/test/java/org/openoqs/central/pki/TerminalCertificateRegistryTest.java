package org.openoqs.central.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.openoqs.central.CentralApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = CentralApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "oqs.pki.active-cache-ttl=1h")
class TerminalCertificateRegistryTest {
    static final TerminalCertificateAuthority CA =
            TerminalCertificateAuthority.create("Test CA", KeyAlgorithm.EC, Period.ofYears(10), Clock.systemUTC());

    @Autowired TerminalCertificateRegistry registry;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry properties) throws Exception {
        var dir = Files.createTempDirectory("oqs-registry-");
        properties.add("oqs.data-dir", dir::toString);
    }

    TerminalCertificate issue(String code, String terminal) {
        return registry.record(CA.issueTerminal(code, terminal, Period.ofYears(3)));
    }

    @Test
    void recordsWhatTheCertificateSays() {
        TerminalCertificate row = issue("3410712362", "reception-1");
        TerminalCertificate stored = registry.find(row.serialNumber()).orElseThrow();
        assertThat(stored.medicalInstitutionCode()).isEqualTo("3410712362");
        assertThat(stored.terminalId()).isEqualTo("reception-1");
        assertThat(stored.subject()).contains("SERIALNUMBER=3410712362");
        assertThat(stored.notAfter()).isEqualTo(row.notAfter());
        assertThat(stored.revokedAt()).isNull();
    }

    @Test
    void listsByInstitution() {
        issue("0110113719", "a");
        issue("0110113719", "b");
        issue("3410712362", "c");
        assertThat(registry.list("0110113719")).extracting(TerminalCertificate::terminalId).containsExactly("a", "b");
        assertThat(registry.list(null)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void revocationIsImmediateEvenWithACachedPositiveAnswer() {
        TerminalCertificate row = issue("3410712362", "reception-2");
        Instant now = Instant.now();
        assertThat(registry.isActive(row.serialNumber(), now)).isTrue(); // now cached for an hour
        assertThat(registry.revoke(row.serialNumber().toUpperCase(), "lost")).isTrue();
        assertThat(registry.isActive(row.serialNumber(), now)).isFalse();
        assertThat(registry.find(row.serialNumber()).orElseThrow().revocationReason()).isEqualTo("lost");
        assertThat(registry.revoke(row.serialNumber(), "again")).as("already revoked").isFalse();
    }

    @Test
    void inactiveOutsideValidityAndWhenUnknown() {
        TerminalCertificate row = issue("3410712362", "reception-3");
        assertThat(registry.isActive(row.serialNumber(), row.notAfter().plusSeconds(1))).isFalse();
        assertThat(registry.isActive(row.serialNumber(), row.notBefore().minusSeconds(1))).isFalse();
        assertThat(registry.isActive("abc123", Instant.now())).isFalse();
        assertThat(registry.revoke("abc123", null)).isFalse();
    }

    @Test
    void serialsAreAcceptedInTheFormsOtherToolsPrint() {
        assertThat(TerminalCertificateRegistry.normalise("0x00AB:CD")).isEqualTo("abcd");
        assertThat(TerminalCertificateRegistry.normalise("0")).isEqualTo("0");
    }
}
