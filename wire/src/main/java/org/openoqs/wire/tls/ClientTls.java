package org.openoqs.wire.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS context of a terminal talking to central: its own certificate and key (PKCS#12, as {@code oqs ca issue}
 * writes it) and a trust store holding only the OpenOQS CA, so the terminal trusts no other server ([I]
 * oqs-interface §6: the real terminal uses mutual TLS and trusts the OQS private CA). JDK only, so the terminal needs
 * no cryptography library.
 */
public final class ClientTls {
    private ClientTls() {}

    public static SSLContext sslContext(Path clientP12, char[] password, Path trustP12, char[] trustPassword)
            throws IOException, GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(clientP12, password), password);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(trustP12, trustPassword));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    /** Trusts the CA but presents no certificate: for tools that only reach central's open endpoints. */
    public static SSLContext trustOnly(Path trustP12, char[] trustPassword) throws IOException, GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(trustP12, trustPassword));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }
}
