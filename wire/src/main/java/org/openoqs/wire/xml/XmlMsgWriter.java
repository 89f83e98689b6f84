package org.openoqs.wire.xml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes an {@link XmlNode} tree as an OQS file: declaration
 * {@code <?xml version="1.0" encoding="UTF-8" standalone="no"?>} (or {@code encoding="Shift_JIS"}) as every producer
 * seen writes it [C], no BOM [I], two-space indentation, leaf text exactly as given.
 *
 * <p>Characters the target encoding cannot carry (in MS932: emoji, 𠮷 and other 外字) are replaced by {@code ●}, as the
 * real OQS does for 外字 [I: per the project brief; not in the public sources]; use
 * {@link #write(XmlNode, ResultEncoding, String)} for another replacement. Control characters XML 1.0 forbids get the
 * same replacement so the output always parses, and so do lone surrogates (half of a pair: no encoding carries one).
 * Every element given is written, including empty leaves: leaving out empty optional elements is the job of whoever
 * builds the tree ({@link XmlNode.Builder}).
 *
 * <p>Hand-written rather than StAX: the format is tiny, and this builds one char buffer and encodes it once.
 * Stateless and thread-safe.
 */
public final class XmlMsgWriter {

    /** What OQS substitutes for 外字. */
    public static final String DEFAULT_REPLACEMENT = "●";

    private static final String INDENT = "  ";
    private static final char NEWLINE = '\n';

    public byte[] write(XmlNode root, ResultEncoding encoding) {
        return write(root, encoding, DEFAULT_REPLACEMENT);
    }

    /**
     * @param replacement written for each character (a surrogate pair counts as one) the encoding cannot carry; must
     *     itself be encodable
     */
    public byte[] write(XmlNode root, ResultEncoding encoding, String replacement) {
        // The default is known to be fine in both encodings; checking it costs an encoder per file.
        if (!DEFAULT_REPLACEMENT.equals(replacement)) checkReplacement(encoding, replacement);
        StringBuilder out = new StringBuilder(4096);
        out.append("<?xml version=\"1.0\" encoding=\"").append(encoding.declarationName())
                .append("\" standalone=\"no\"?>").append(NEWLINE);
        appendElement(out, root, 0, replacement);
        return encode(out, encoding, replacement);
    }

    private static void appendElement(StringBuilder out, XmlNode node, int depth, String replacement) {
        indent(out, depth);
        if (node.isLeaf() && node.text().isEmpty()) {
            out.append('<').append(node.name()).append("/>").append(NEWLINE);
        } else if (node.isLeaf()) {
            out.append('<').append(node.name()).append('>');
            XmlEscaper.appendText(out, node.text(), replacement);
            out.append("</").append(node.name()).append('>').append(NEWLINE);
        } else {
            out.append('<').append(node.name()).append('>').append(NEWLINE);
            for (XmlNode child : node.children()) {
                appendElement(out, child, depth + 1, replacement);
            }
            indent(out, depth);
            out.append("</").append(node.name()).append('>').append(NEWLINE);
        }
    }

    private static void indent(StringBuilder out, int depth) {
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
    }

    private static byte[] encode(StringBuilder text, ResultEncoding encoding, String replacement) {
        if (encoding == ResultEncoding.UTF_8) {
            // UTF-8 carries every character but a lone surrogate, and the text holds none: XmlEscaper replaced them in
            // leaf text and XmlNode refuses them in names. String.getBytes is then the same bytes as a CharsetEncoder,
            // several times faster (an intrinsic).
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
        CharsetEncoder encoder = encoding.charset().newEncoder();
        encoder.replaceWith(replacement.getBytes(encoding.charset()))
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .onMalformedInput(CodingErrorAction.REPLACE);
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(text));
            return bytes.array().length == bytes.limit() ? bytes.array()
                    : Arrays.copyOf(bytes.array(), bytes.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("cannot happen with REPLACE", e);
        }
    }

    private static void checkReplacement(ResultEncoding encoding, String replacement) {
        if (replacement.chars().anyMatch(c -> c == '&' || c == '<' || c == '>')) {
            throw new IllegalArgumentException("replacement must not contain markup characters: " + replacement);
        }
        if (replacement.isEmpty() || !encoding.charset().newEncoder().canEncode(replacement)) {
            throw new IllegalArgumentException("replacement \"" + replacement + "\" cannot be written in "
                    + encoding.declarationName());
        }
    }
}
