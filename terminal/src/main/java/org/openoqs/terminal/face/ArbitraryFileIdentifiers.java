package org.openoqs.terminal.face;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Terminal-generated {@code ArbitraryFileIdentifier}s for requests the terminal makes itself (card-reader confirmations,
 * the viewer's YZK/TKK requests). The real terminal writes a 16-character base64-like token such as
 * {@code ArnHCeDfNjMCFzg=} [C] reference §1.2; eleven random bytes in standard Base64 have exactly that shape (15
 * characters and one {@code =}).
 */
public final class ArbitraryFileIdentifiers {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ArbitraryFileIdentifiers() {
    }

    public static String next() {
        byte[] bytes = new byte[11];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
