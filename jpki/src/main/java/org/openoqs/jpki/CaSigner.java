package org.openoqs.jpki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Date;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CRLHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.openoqs.core.identity.BasicFourFacts;

/**
 * The virtual J-LIS CA's key at work: makes the CA certificate, signs card certificates and CRLs. The profile is
 * OpenOQS's own [I] — J-LIS's is not public — and is described on {@link JpkiAuthority}.
 */
final class CaSigner {
    static final int CA_KEY_BITS = 3072;
    static final int CARD_KEY_BITS = 2048;
    static final Period CA_VALIDITY = Period.ofYears(20);
    static final String CA_NAME = "OpenOQS Virtual JPKI CA for user authentication";
    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    static final SecureRandom RANDOM = new SecureRandom();

    private final X509Certificate certificate;
    private final PrivateKey key;

    private CaSigner(X509Certificate certificate, PrivateKey key) {
        this.certificate = certificate;
        this.key = key;
    }

    /** A new CA: an RSA-3072 key and its self-signed certificate, valid 20 years from {@code now}. */
    static CaSigner create(Instant now) {
        KeyPair keys = rsa(CA_KEY_BITS);
        X500Name subject = name(CA_NAME);
        Instant end = now.atZone(CertificateValidity.JAPAN).plus(CA_VALIDITY).toInstant();
        // A minute early, so a peer whose clock runs slightly behind does not see a certificate from the future.
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, randomSerial(),
                Date.from(now.minusSeconds(60)), Date.from(end), subject, keys.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false, extensions().createSubjectKeyIdentifier(keys.getPublic()));
        } catch (CertIOException e) {
            throw new IllegalStateException(e);
        }
        return new CaSigner(sign(builder, keys.getPrivate()), keys.getPrivate());
    }

    /** The CA stored before; an {@link IOException} naming the key file when the key is not the certificate's. */
    static CaSigner of(X509Certificate certificate, PrivateKey key, String keySource) throws IOException {
        if (!(certificate.getPublicKey() instanceof RSAPublicKey pub) || !(key instanceof RSAPrivateKey priv)
                || !pub.getModulus().equals(priv.getModulus())) {
            throw new IOException(keySource + " does not belong to the CA certificate " + certificate.getSubjectX500Principal());
        }
        return new CaSigner(certificate, key);
    }

    X509Certificate certificate() { return certificate; }

    PrivateKey key() { return key; }

    /** A 利用者証明用 certificate: no name in the subject, digitalSignature only, the 基本4情報 in {@link CardFacts}. */
    X509Certificate cardCertificate(BigInteger serial, BasicFourFacts facts, Instant notBefore, Instant notAfter,
                                    PublicKey cardKey) {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serial, Date.from(notBefore),
                Date.from(notAfter), name(CertificateSerial.hex(serial)), cardKey);
        try {
            JcaX509ExtensionUtils utils = extensions();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(cardKey));
            builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(certificate));
            builder.addExtension(CardFacts.extension(facts));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return sign(builder, key);
    }

    /**
     * A CRL valid from {@code now} for {@code nextUpdate}: the entries of {@code previous} (none when null) plus
     * {@code serial} with {@code reason} (none when null), numbered one above {@code previous}.
     */
    X509CRL crl(X509CRL previous, Instant now, Duration nextUpdate, BigInteger serial, RevocationReason reason) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
                    Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(nextUpdate)));
            if (previous != null) builder.addCRL(new JcaX509CRLHolder(previous));
            if (serial != null) builder.addCRLEntry(serial, Date.from(now), reason.code());
            builder.addExtension(Extension.authorityKeyIdentifier, false, extensions().createAuthorityKeyIdentifier(certificate));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(previous == null ? BigInteger.ONE : number(previous).add(BigInteger.ONE)));
            return new JcaX509CRLConverter().getCRL(builder.build(signer(key)));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot sign the CRL: " + e.getMessage(), e);
        }
    }

    private static BigInteger number(X509CRL crl) {
        byte[] value = crl.getExtensionValue(Extension.cRLNumber.getId());
        if (value == null) return BigInteger.ZERO;
        return CRLNumber.getInstance(ASN1OctetString.getInstance(value).getOctets()).getCRLNumber();
    }

    static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is missing from this JDK", e);
        }
    }

    /** 127 random bits, positive, so the DER INTEGER fits in 16 bytes: unguessable and, checked, unique. */
    static BigInteger randomSerial() {
        BigInteger serial;
        do {
            serial = new BigInteger(127, RANDOM);
        } while (serial.signum() == 0);
        return serial;
    }

    private static X500Name name(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "JP").addRDN(BCStyle.O, JpkiAuthority.ORGANISATION)
                .addRDN(BCStyle.CN, commonName).build();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) {
        try {
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer(key)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a certificate: " + e.getMessage(), e);
        }
    }

    private static ContentSigner signer(PrivateKey key) {
        try {
            return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign with " + SIGNATURE_ALGORITHM + ": " + e.getMessage(), e);
        }
    }

    private static JcaX509ExtensionUtils extensions() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
