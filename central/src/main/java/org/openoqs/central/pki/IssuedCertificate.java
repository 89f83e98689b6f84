package org.openoqs.central.pki;

import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

/** A freshly issued certificate with its private key and the issuing CA's certificate. The key exists only here. */
public record IssuedCertificate(PrivateKey privateKey, X509Certificate certificate, X509Certificate caCertificate) {
    public static final String ALIAS = "openoqs";

    public String serialHex() {
        return TerminalCertificates.serialHex(certificate);
    }

    public String subject() {
        return TerminalCertificates.subject(certificate);
    }

    /** Key and chain (certificate, CA) as a PKCS#12 key store under alias {@value #ALIAS}, for a TLS client or server. */
    public KeyStore toKeyStore(char[] password) {
        KeyStore store = Pkcs12.empty();
        try {
            store.setKeyEntry(ALIAS, privateKey, password, new Certificate[] {certificate, caCertificate});
        } catch (java.security.KeyStoreException e) {
            throw new IllegalStateException(e);
        }
        return store;
    }
}
