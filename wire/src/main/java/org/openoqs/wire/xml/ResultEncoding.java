package org.openoqs.wire.xml;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The two encodings OQS result files come in, chosen by a terminal setting [C: S2 reads UTF-8 face files, S10 and other
 * agents have a UTF-8/Shift_JIS setting].
 *
 * <p>"Shift_JIS" is written with Java's {@code MS932} (Windows-31J) so NEC/IBM extended characters survive [I, backed by
 * S4 writing code page 932]; the declaration still says {@code Shift_JIS} as every producer seen does [C].
 * {@link #characterCodeIdentifier()} follows the majority reading of OQSCD005, {@code 0} UTF-8 / {@code 1} Shift_JIS
 * [C: S2, S14 and a UTF-8 sample carrying 0]; one source (S8) reads 1/2, so readers should trust the declaration
 * rather than this code.
 */
public enum ResultEncoding {
    UTF_8(StandardCharsets.UTF_8, "UTF-8", "0"),
    SHIFT_JIS(XmlEncodingSniffer.MS932, "Shift_JIS", "1");

    private final Charset charset;
    private final String declarationName;
    private final String characterCodeIdentifier;

    ResultEncoding(Charset charset, String declarationName, String characterCodeIdentifier) {
        this.charset = charset;
        this.declarationName = declarationName;
        this.characterCodeIdentifier = characterCodeIdentifier;
    }

    /** The Java charset the bytes are written in. */
    public Charset charset() { return charset; }

    /** The name written in the XML declaration. */
    public String declarationName() { return declarationName; }

    /** The OQSCD005 value for the header's {@code CharacterCodeIdentifier}. */
    public String characterCodeIdentifier() { return characterCodeIdentifier; }
}
