package org.openoqs.jpki;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The id printed on a virtual card's face stand-in, e.g. {@code VC-7K3M-9QX2}: "VC" and eight Crockford base32
 * characters (40 random bits). Its letters and hyphens mean it can never be taken for a 12-digit My Number, which a
 * virtual card neither has nor shows. Uniqueness is checked by {@link JpkiAuthority} when issuing.
 */
public final class CardId {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("VC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

    private CardId() {}

    /** A new random card id. */
    static String random(SecureRandom random) {
        StringBuilder id = new StringBuilder("VC-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) id.append('-');
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    public static boolean isValid(String cardId) {
        return cardId != null && FORMAT.matcher(cardId).matches();
    }

    /** {@code cardId} unchanged, or an {@link IllegalArgumentException} naming the field. */
    public static String requireValid(String cardId) {
        if (!isValid(cardId)) {
            throw new IllegalArgumentException("cardId must look like VC-XXXX-XXXX (Crockford base32, upper case): " + cardId);
        }
        return cardId;
    }
}
