package org.openoqs.jpki;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/** PEM files of the authority: the CA certificate, its PKCS#8 key and the CRL. Errors name the file. */
final class Pem {
    private Pem() {}

    static byte[] encode(X509Certificate certificate) {
        return write(certificate);
    }

    static byte[] encode(X509CRL crl) {
        return write(crl);
    }

    static byte[] encode(PrivateKey key) {
        try {
            return write(new JcaPKCS8Generator(key, null).generate());
        } catch (org.bouncycastle.util.io.pem.PemGenerationException e) {
            throw new IllegalStateException("cannot encode a private key: " + e.getMessage(), e);
        }
    }

    static X509Certificate readCertificate(Path file) throws IOException {
        Object object = readObject(file);
        if (!(object instanceof X509CertificateHolder holder)) throw new IOException(file + ": not a PEM certificate");
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (GeneralSecurityException e) {
            throw new IOException(file + ": unreadable certificate: " + e.getMessage(), e);
        }
    }

    static PrivateKey readPrivateKey(Path file) throws IOException {
        Object object = readObject(file);
        if (!(object instanceof PrivateKeyInfo info)) throw new IOException(file + ": not a PEM PKCS#8 private key");
        return new JcaPEMKeyConverter().getPrivateKey(info);
    }

    static X509CRL readCrl(Path file) throws IOException {
        return parseCrl(Files.readAllBytes(file), file.toString());
    }

    static X509CRL parseCrl(byte[] pem, String source) throws IOException {
        Object object = readObject(new StringReader(new String(pem, StandardCharsets.US_ASCII)), source);
        if (!(object instanceof X509CRLHolder holder)) throw new IOException(source + ": not a PEM CRL");
        try {
            return new JcaX509CRLConverter().getCRL(holder);
        } catch (GeneralSecurityException e) {
            throw new IOException(source + ": unreadable CRL: " + e.getMessage(), e);
        }
    }

    private static Object readObject(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return readObject(reader, file.toString());
        }
    }

    private static Object readObject(Reader reader, String source) throws IOException {
        try (PEMParser parser = new PEMParser(reader)) {
            Object object = parser.readObject();
            if (object == null) throw new IOException(source + ": no PEM content");
            return object;
        } catch (RuntimeException e) {
            throw new IOException(source + ": malformed PEM: " + e.getMessage(), e);
        }
    }

    private static byte[] write(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write PEM: " + e.getMessage(), e);
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
