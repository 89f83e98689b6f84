package org.openoqs.central.pki;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Optional;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.number.MedicalInstitutionCode;

/** Reads what OpenOQS puts into a terminal certificate. */
public final class TerminalCertificates {
    private TerminalCertificates() {}

    /**
     * The 医療機関コード the CA bound to this certificate: the subject's serialNumber attribute (2.5.4.5), the
     * machine-readable copy of the OU. Empty when it is missing or not a valid code — such a certificate is no terminal's.
     */
    public static Optional<String> institutionCode(X509Certificate certificate) {
        RDN[] rdns = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.SERIALNUMBER);
        if (rdns.length != 1) return Optional.empty();
        try {
            return Optional.of(MedicalInstitutionCode.parse(IETFUtils.valueToString(rdns[0].getFirst().getValue())).value());
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** The subject's CN: for a terminal certificate, the terminal id. */
    public static String commonName(X509Certificate certificate) {
        RDN[] rdns = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.CN);
        return rdns.length == 0 ? "" : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    /** The serial number in lower-case hex, the key of table {@code terminal_certificate}. */
    public static String serialHex(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16);
    }

    public static String subject(X509Certificate certificate) {
        return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).toString();
    }

    /** SHA-256 of the DER encoding, colon-separated upper-case hex as browsers and keytool show it. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
