package org.openoqs.jpki;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.regex.Pattern;

/** Certificate serial numbers as OpenOQS writes them: upper-case hexadecimal without separators or leading zeros. */
public final class CertificateSerial {
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{1,40}");

    private CertificateSerial() {}

    public static String hex(BigInteger serial) {
        return serial.toString(16).toUpperCase(Locale.ROOT);
    }

    public static String hex(X509Certificate certificate) {
        return hex(certificate.getSerialNumber());
    }

    /** Reads a serial as printed by {@link #hex}; also accepts lower case and colon-separated bytes ({@code 0a:1b:…}). */
    public static BigInteger parse(String text) {
        String digits = text == null ? "" : text.strip().replace(":", "");
        if (!HEX.matcher(digits).matches()) {
            throw new IllegalArgumentException("serial must be 1–40 hexadecimal digits: " + text);
        }
        return new BigInteger(digits, 16);
    }
}
