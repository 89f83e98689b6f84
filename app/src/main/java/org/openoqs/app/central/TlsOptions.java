package org.openoqs.app.central;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openoqs.central.config.StoreConfiguration;
import org.openoqs.central.pki.CaDirectory;
import org.openoqs.central.pki.PkiProperties;
import picocli.CommandLine.Option;

/**
 * Mutual TLS for {@code oqs serve}: either {@code --tls}, which uses the data directory's CA (created if absent) and a
 * server certificate kept in {@code <data-dir>/tls/}, or explicit key and trust stores. Either way central demands a
 * terminal certificate and takes the calling institution from it.
 */
public class TlsOptions {
    @Option(names = "--tls", description = "Mutual TLS with the data directory's CA: issue or reuse a server certificate "
            + "in <data-dir>/tls and require terminal certificates.")
    boolean fromDataDir;

    @Option(names = "--tls-host", description = "Another DNS name or IP of this server for the --tls certificate (repeatable).")
    List<String> hosts = List.of();

    @Option(names = "--tls-key-store", description = "Central's PKCS#12 key store (see 'oqs ca server'), instead of --tls.")
    Path keyStore;

    @Option(names = "--tls-key-store-password", description = "Password of --tls-key-store.")
    String keyStorePassword;

    @Option(names = "--tls-trust-store", description = "PKCS#12 trust store with the terminal CA (see 'oqs ca truststore').")
    Path trustStore;

    @Option(names = "--tls-trust-store-password", defaultValue = "changeit", description = "Password of --tls-trust-store (default: ${DEFAULT-VALUE}).")
    String trustStorePassword;

    @Option(names = "--tls-client-auth", defaultValue = "need", description = "need (default): every connection presents "
            + "a certificate; want: insurers may connect with their token alone, institution paths still demand one.")
    String clientAuth;

    public boolean enabled() {
        return fromDataDir || keyStore != null;
    }

    /** The Spring properties that switch central to HTTPS with client certificates; empty without TLS options. */
    public Map<String, Object> properties(Path dataDir) throws IOException {
        if (!enabled()) return Map.of();
        if (fromDataDir) {
            var tls = new CaDirectory(dataDir, Clock.system(StoreConfiguration.JAPAN)).ensureServerTls(PkiProperties.defaults(), hosts);
            return properties(tls, clientAuth);
        }
        if (trustStore == null) throw new IllegalArgumentException("--tls-key-store needs --tls-trust-store");
        return properties(keyStore, keyStorePassword, trustStore, trustStorePassword);
    }

    /** The Spring properties for central's TLS material from the data directory ({@link CaDirectory#ensureServerTls}). */
    public static Map<String, Object> properties(CaDirectory.ServerTls tls, String clientAuth) {
        return properties(tls.keyStore(), tls.keyStorePassword(), tls.trustStore(), tls.trustStorePassword(), clientAuth);
    }

    private Map<String, Object> properties(Path keys, String keysPassword, Path trust, String trustPassword) {
        return properties(keys, keysPassword, trust, trustPassword, clientAuth);
    }

    private static Map<String, Object> properties(Path keys, String keysPassword, Path trust, String trustPassword,
                                                  String clientAuth) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("oqs.tls.enabled", "true");
        p.put("server.ssl.enabled", "true");
        p.put("server.ssl.key-store", "file:" + keys.toAbsolutePath());
        p.put("server.ssl.key-store-type", "PKCS12");
        if (keysPassword != null) p.put("server.ssl.key-store-password", keysPassword);
        p.put("server.ssl.trust-store", "file:" + trust.toAbsolutePath());
        p.put("server.ssl.trust-store-type", "PKCS12");
        p.put("server.ssl.trust-store-password", trustPassword);
        p.put("server.ssl.client-auth", clientAuth);
        return p;
    }
}
