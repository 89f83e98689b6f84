package org.openoqs.app.ca;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.app.OqsCommand;
import org.openoqs.central.pki.IssuedCertificate;
import org.openoqs.central.pki.Pkcs12;
import org.openoqs.central.pki.TerminalCertificates;
import picocli.CommandLine;

/** {@code oqs ca …} on a data directory of its own. */
class CaCommandTest {
    @TempDir Path dir;

    record Run(int exit, String out) {
        String field(String name) {
            Matcher m = Pattern.compile("(?m)^" + name + ":\\s+(.+)$").matcher(out);
            assertThat(m.find()).as(out).isTrue();
            return m.group(1).strip().split(" {2,}")[0];
        }
    }

    Run ca(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 3];
            all[0] = "ca";
            System.arraycopy(args, 0, all, 1, args.length);
            all[args.length + 1] = "--data-dir";
            all[args.length + 2] = dir.resolve("data").toString();
            return new Run(new CommandLine(new OqsCommand()).execute(all), out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void initCreatesTheCaOnceWithAnOwnerOnlyPassword() throws Exception {
        Run first = ca("init");
        assertThat(first.exit()).isZero();
        assertThat(first.out()).startsWith("created CA").contains("SHA-256 fingerprint:");
        Path password = dir.resolve("data/ca/ca.password");
        assertThat(Files.getPosixFilePermissions(password)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        Run second = ca("init");
        assertThat(second.out()).startsWith("existing CA");
        assertThat(second.field("SHA-256 fingerprint")).isEqualTo(first.field("SHA-256 fingerprint"));
    }

    @Test
    void issueWritesAKeyStoreForTheInstitutionAndPrintsAGeneratedPasswordOnce() throws Exception {
        ca("init");
        Path out = dir.resolve("reception-1.p12");
        Run issued = ca("issue", "--institution-code", "3410712362", "--terminal-id", "reception-1", "--out", out.toString());
        assertThat(issued.exit()).as(issued.out()).isZero();
        assertThat(issued.field("subject")).contains("SERIALNUMBER=3410712362");
        KeyStore store = Pkcs12.read(out, issued.field("password").toCharArray());
        X509Certificate cert = (X509Certificate) store.getCertificate(IssuedCertificate.ALIAS);
        assertThat(TerminalCertificates.serialHex(cert)).isEqualTo(issued.field("serial"));
        assertThat(TerminalCertificates.institutionCode(cert)).contains("3410712362");
    }

    @Test
    void listAndRevoke() {
        ca("init");
        String serial = ca("issue", "--institution-code", "3410712362", "--terminal-id", "reception-1",
                "--out", dir.resolve("a.p12").toString(), "--password", "pw").field("serial");
        ca("issue", "--institution-code", "0110113719", "--terminal-id", "other", "--out", dir.resolve("b.p12").toString(),
                "--password", "pw");
        assertThat(ca("list").out().lines()).hasSize(2);
        assertThat(ca("list", "--institution-code", "3410712362").out()).contains(serial, "reception-1", "active")
                .doesNotContain("other");
        Run revoked = ca("revoke", serial, "--reason", "terminal replaced");
        assertThat(revoked.exit()).isZero();
        assertThat(ca("list", "--institution-code", "3410712362").out()).contains("revoked", "(terminal replaced)");
        assertThat(ca("revoke", serial).exit()).as("already revoked").isEqualTo(1);
    }

    @Test
    void invalidInstitutionCodeIsRefused() {
        ca("init");
        Run run = ca("issue", "--institution-code", "3410712363", "--terminal-id", "t", "--out", dir.resolve("x.p12").toString());
        assertThat(run.exit()).isNotZero();
        assertThat(dir.resolve("x.p12")).doesNotExist();
    }

    @Test
    void issuingBeforeInitFails() {
        Run run = ca("issue", "--institution-code", "3410712362", "--terminal-id", "t", "--out", dir.resolve("x.p12").toString());
        assertThat(run.exit()).isNotZero();
    }

    @Test
    void serverCertificateAndTrustStore() throws Exception {
        ca("init");
        Run server = ca("server", "--out", dir.resolve("server.p12").toString(), "--host", "central.example", "--password", "pw");
        assertThat(server.exit()).isZero();
        X509Certificate cert = (X509Certificate) Pkcs12.read(dir.resolve("server.p12"), "pw".toCharArray())
                .getCertificate(IssuedCertificate.ALIAS);
        assertThat(cert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(ca("truststore", "--out", dir.resolve("trust.p12").toString()).exit()).isZero();
        KeyStore trust = Pkcs12.read(dir.resolve("trust.p12"), "changeit".toCharArray());
        assertThat(trust.size()).isEqualTo(1);
    }
}
