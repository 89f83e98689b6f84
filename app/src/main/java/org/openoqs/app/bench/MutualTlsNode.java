package org.openoqs.app.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.openoqs.app.central.CentralServer;
import org.openoqs.app.central.TlsOptions;
import org.openoqs.central.config.StoreConfiguration;
import org.openoqs.central.pki.CaDirectory;
import org.openoqs.central.pki.IssuedCertificate;
import org.openoqs.central.pki.Pkcs12;
import org.openoqs.central.pki.PkiProperties;
import org.openoqs.central.pki.TerminalCertificateService;
import org.openoqs.wire.tls.ClientTls;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A second central node on the bench's store, serving HTTPS with mutual TLS as terminals reach central in production
 * ({@code oqs serve --tls}: the data directory's CA, a server certificate for localhost, {@code client-auth=need}, the
 * calling institution taken from the terminal certificate). The bench's own node stays plain HTTP, because its
 * confirmation targets measure central without TLS; central supports several nodes on one database (the audit chain
 * moves its head by compare-and-set), and on H2 both nodes open the same file database in this one JVM.
 */
final class MutualTlsNode implements AutoCloseable {
    private static final char[] PASSWORD = "bench".toCharArray();

    private final ConfigurableApplicationContext node;
    private final CaDirectory.ServerTls tls;
    private final URI url;

    private MutualTlsNode(ConfigurableApplicationContext node, CaDirectory.ServerTls tls) {
        this.node = node;
        this.tls = tls;
        this.url = URI.create("https://localhost:" + node.getEnvironment().getProperty("local.server.port"));
    }

    /** Starts a node on the store {@code central} uses (its data directory and database). */
    static MutualTlsNode beside(ConfigurableApplicationContext central) throws IOException {
        Environment env = central.getEnvironment();
        Path dataDir = Path.of(env.getRequiredProperty("oqs.data-dir"));
        CentralServer.Store store = new CentralServer.Store(dataDir, env.getRequiredProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password"));
        CaDirectory.ServerTls tls = new CaDirectory(dataDir, java.time.Clock.system(StoreConfiguration.JAPAN))
                .ensureServerTls(PkiProperties.defaults(), List.of());
        Map<String, Object> properties = new LinkedHashMap<>(TlsOptions.properties(tls, "need"));
        properties.put("logging.level.root", "WARN");
        return new MutualTlsNode(CentralServer.start(0, store, properties), tls);
    }

    URI url() { return url; }

    /** A terminal certificate for {@code institutionCode} from the node's CA, as the terminal's TLS context. */
    SSLContext terminalTls(String institutionCode, Path dir) throws IOException, GeneralSecurityException {
        IssuedCertificate certificate = node.getBean(TerminalCertificateService.class).issueTerminal(institutionCode, "bench-terminal");
        Path p12 = dir.resolve("bench-terminal.p12");
        Pkcs12.write(p12, certificate.toKeyStore(PASSWORD), PASSWORD);
        return ClientTls.sslContext(p12, PASSWORD, tls.trustStore(), tls.trustStorePassword().toCharArray());
    }

    @Override
    public void close() {
        node.close();
    }
}
