package org.openoqs.central.pki;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.openoqs.core.number.MedicalInstitutionCode;

/**
 * OpenOQS's own certificate authority for terminals (資格確認端末) and for central's server certificate. One terminal
 * certificate per terminal and per 医療機関等コード ([C] oqs-rules §6.2: the portal issues certificates per terminal;
 * a 医科・歯科併設 institution holds one set per code, §1.4). The real OQS certificates come from a private CA whose
 * profile is not public ([I] oqs-interface §6), so the profile here is OpenOQS's own: subject
 * {@code CN=<terminal>, OU=<医療機関コード>, O=OpenOQS terminal} with the code repeated in the serialNumber attribute,
 * which {@link TerminalCertificates#institutionCode} reads.
 */
public final class TerminalCertificateAuthority {
    public static final String CA_ALIAS = "openoqs-ca";
    public static final String TERMINAL_ORGANISATION = "OpenOQS terminal";
    /** Terminal ids go into the CN verbatim, so keep them to characters no DN parser stumbles over (CN max 64). */
    private static final Pattern TERMINAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PrivateKey caKey;
    private final X509Certificate caCertificate;
    private final Clock clock;

    private TerminalCertificateAuthority(PrivateKey caKey, X509Certificate caCertificate, Clock clock) {
        this.caKey = caKey;
        this.caCertificate = caCertificate;
        this.clock = clock;
    }

    /** A new self-signed CA. */
    public static TerminalCertificateAuthority create(String name, KeyAlgorithm algorithm, Period validity, Clock clock) {
        KeyPair keys = algorithm.generate();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "OpenOQS").addRDN(BCStyle.CN, name).build();
        Instant now = clock.instant();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, randomSerial(), backdated(now),
                Date.from(end(now, validity, clock)), subject, keys.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false, extensions().createSubjectKeyIdentifier(keys.getPublic()));
        } catch (CertIOException e) {
            throw new IllegalStateException(e);
        }
        return new TerminalCertificateAuthority(keys.getPrivate(), sign(builder, keys.getPrivate()), clock);
    }

    /** The CA stored by {@link #toKeyStore}. */
    public static TerminalCertificateAuthority fromKeyStore(KeyStore store, char[] password, Clock clock) throws IOException {
        try {
            PrivateKey key = (PrivateKey) store.getKey(CA_ALIAS, password);
            Certificate certificate = store.getCertificate(CA_ALIAS);
            if (key == null || !(certificate instanceof X509Certificate x509)) {
                throw new IOException("no CA entry '" + CA_ALIAS + "' in the key store");
            }
            return new TerminalCertificateAuthority(key, x509, clock);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the CA key: " + e.getMessage(), e);
        }
    }

    public KeyStore toKeyStore(char[] password) {
        KeyStore store = Pkcs12.empty();
        try {
            store.setKeyEntry(CA_ALIAS, caKey, password, new Certificate[] {caCertificate});
        } catch (java.security.KeyStoreException e) {
            throw new IllegalStateException(e);
        }
        return store;
    }

    public X509Certificate certificate() {
        return caCertificate;
    }

    public KeyStore trustStore() {
        return Pkcs12.trustStore(caCertificate);
    }

    /** A TLS client certificate for one terminal of one institution; refuses an invalid 医療機関コード. */
    public IssuedCertificate issueTerminal(String institutionCode, String terminalId, Period validity) {
        String code = MedicalInstitutionCode.parse(institutionCode).value();
        if (terminalId == null || !TERMINAL_ID.matcher(terminalId).matches()) {
            throw new IllegalArgumentException("terminal id must be 1–64 characters of A–Z a–z 0–9 . _ - : " + terminalId);
        }
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, TERMINAL_ORGANISATION)
                .addRDN(BCStyle.OU, code).addRDN(BCStyle.SERIALNUMBER, code).addRDN(BCStyle.CN, terminalId).build();
        return issue(subject, validity, KeyUsage.digitalSignature, KeyPurposeId.id_kp_clientAuth, null);
    }

    /** Central's TLS server certificate, valid for localhost, 127.0.0.1 and {@code hosts} (names or IP addresses). */
    public IssuedCertificate issueServer(List<String> hosts, Period validity) {
        Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1"));
        names.addAll(hosts);
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "OpenOQS")
                .addRDN(BCStyle.CN, hosts.isEmpty() ? "localhost" : hosts.get(0)).build();
        return issue(subject, validity, KeyUsage.digitalSignature | KeyUsage.keyEncipherment, KeyPurposeId.id_kp_serverAuth,
                alternativeNames(names));
    }

    private IssuedCertificate issue(X500Name subject, Period validity, int keyUsage, KeyPurposeId purpose, GeneralNames san) {
        KeyPair keys = KeyAlgorithm.of(caKey).generate();
        Instant now = clock.instant();
        Date notAfter = Date.from(end(now, validity, clock));
        if (notAfter.after(caCertificate.getNotAfter())) notAfter = caCertificate.getNotAfter();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(caCertificate, randomSerial(),
                backdated(now), notAfter, subject, keys.getPublic());
        try {
            JcaX509ExtensionUtils utils = extensions();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(caCertificate));
            if (san != null) builder.addExtension(Extension.subjectAlternativeName, false, san);
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return new IssuedCertificate(keys.getPrivate(), sign(builder, caKey), caCertificate);
    }

    private static GeneralNames alternativeNames(Set<String> names) {
        List<GeneralName> result = new ArrayList<>();
        for (String name : names) {
            result.add(new GeneralName(isIpAddress(name) ? GeneralName.iPAddress : GeneralName.dNSName, name));
        }
        return new GeneralNames(result.toArray(GeneralName[]::new));
    }

    private static boolean isIpAddress(String name) {
        return name.matches("[0-9.]+") || name.contains(":");
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key) {
        try {
            var signer = new JcaContentSignerBuilder(KeyAlgorithm.of(key).signatureAlgorithm()).build(key);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a certificate: " + e.getMessage(), e);
        }
    }

    private static JcaX509ExtensionUtils extensions() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 128 random bits, positive: unguessable, and unique without a counter to keep. */
    private static BigInteger randomSerial() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return new BigInteger(1, bytes);
    }

    /** A minute early, so a peer whose clock runs slightly behind does not see a certificate from the future. */
    private static Date backdated(Instant now) {
        return Date.from(now.minusSeconds(60));
    }

    private static Instant end(Instant start, Period validity, Clock clock) {
        return ZonedDateTime.ofInstant(start, clock.getZone()).plus(validity).toInstant();
    }
}
