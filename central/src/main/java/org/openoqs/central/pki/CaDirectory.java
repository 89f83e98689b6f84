package org.openoqs.central.pki;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The terminal CA kept in the data directory: {@code <data-dir>/ca/ca.p12}, protected by the password in
 * {@code <data-dir>/ca/ca.password}, both readable by their owner only. This is a development and demo arrangement —
 * anyone who can read the data directory can issue terminal certificates; production keeps the CA key in an HSM.
 * {@link #ensureServerTls} also keeps central's own server certificate under {@code <data-dir>/tls/}.
 */
public final class CaDirectory {
    private final Path caDir;
    private final Path tlsDir;
    private final Clock clock;

    /** Central's TLS material, ready for Spring Boot's {@code server.ssl.*}. */
    public record ServerTls(Path keyStore, String keyStorePassword, Path trustStore, String trustStorePassword) {}

    public CaDirectory(Path dataDir, Clock clock) {
        this.caDir = dataDir.resolve("ca");
        this.tlsDir = dataDir.resolve("tls");
        this.clock = clock;
    }

    public Path keyStoreFile() {
        return caDir.resolve("ca.p12");
    }

    public Path passwordFile() {
        return caDir.resolve("ca.password");
    }

    public boolean exists() {
        return Files.exists(keyStoreFile());
    }

    /** Creates the CA unless it exists; either way returns it. */
    public TerminalCertificateAuthority initialise(PkiProperties settings) throws IOException {
        if (exists()) return load();
        TerminalCertificateAuthority ca = TerminalCertificateAuthority.create("OpenOQS terminal CA",
                settings.keyAlgorithm(), settings.caValidity(), clock);
        String password = Pkcs12.newPassword();
        Pkcs12.writeSecret(passwordFile(), password);
        Pkcs12.write(keyStoreFile(), ca.toKeyStore(password.toCharArray()), password.toCharArray());
        return ca;
    }

    public TerminalCertificateAuthority load() throws IOException {
        if (!exists()) throw new IOException("no CA in " + caDir + "; run: oqs ca init");
        char[] password = Pkcs12.readSecret(passwordFile()).toCharArray();
        return TerminalCertificateAuthority.fromKeyStore(Pkcs12.read(keyStoreFile(), password), password, clock);
    }

    /**
     * Central's server key store and the CA trust store under {@code <data-dir>/tls/}, creating the CA if needed and
     * issuing a server certificate unless a current one (by this CA, with a month left) is already there.
     */
    public ServerTls ensureServerTls(PkiProperties settings, List<String> hosts) throws IOException {
        TerminalCertificateAuthority ca = initialise(settings);
        ServerTls tls = new ServerTls(tlsDir.resolve("server.p12"), secret(tlsDir.resolve("server.password")),
                tlsDir.resolve("truststore.p12"), secret(tlsDir.resolve("truststore.password")));
        if (!isCurrent(tls, ca)) {
            IssuedCertificate server = ca.issueServer(hosts, settings.serverValidity());
            Pkcs12.write(tls.keyStore(), server.toKeyStore(tls.keyStorePassword().toCharArray()), tls.keyStorePassword().toCharArray());
        }
        Pkcs12.write(tls.trustStore(), ca.trustStore(), tls.trustStorePassword().toCharArray());
        return tls;
    }

    private boolean isCurrent(ServerTls tls, TerminalCertificateAuthority ca) throws IOException {
        if (!Files.exists(tls.keyStore())) return false;
        try {
            var store = Pkcs12.read(tls.keyStore(), tls.keyStorePassword().toCharArray());
            X509Certificate server = (X509Certificate) store.getCertificate(IssuedCertificate.ALIAS);
            server.verify(ca.certificate().getPublicKey());
            return server.getNotAfter().after(Date.from(Instant.now(clock).plusSeconds(30L * 24 * 3600)));
        } catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
            return false; // unreadable, foreign or expiring: issue a new one
        }
    }

    private static String secret(Path file) throws IOException {
        if (Files.exists(file)) return Pkcs12.readSecret(file);
        String secret = Pkcs12.newPassword();
        Pkcs12.writeSecret(file, secret);
        return secret;
    }
}
