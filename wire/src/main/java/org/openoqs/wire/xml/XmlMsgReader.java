package org.openoqs.wire.xml;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads OQS request/result files ({@code XmlMsg} documents) into an {@link XmlNode} tree, hardened for files from
 * outside.
 *
 * <p>Security: any DOCTYPE is refused, so external entities (XXE), entity expansion ("billion laughs") and external DTDs
 * fail with a readable reason and never touch the file system or network. OQS files never have a DOCTYPE [C: none of
 * the samples or producers in S1, S2, S4, S5, S10 write one]. Size, depth, element count and text length are bounded by
 * {@link XmlLimits}.
 *
 * <p>Encoding: sniffed from the XML declaration by this class, not by the parser (see {@link XmlEncodingSniffer}):
 * UTF-8 [C] or Shift_JIS [C], the latter decoded as MS932 [I, backed by S4]. Bytes that are not valid in the declared
 * encoding are an error naming the encoding and position, never silently replaced.
 *
 * <p>Leniency: element order, unknown elements, comments and processing instructions are all accepted [C: parsers in
 * S1, S2, S4 ignore order; I: the spec keeps adding fields]. Whitespace between elements is dropped; leaf text is kept
 * exactly, so {@code 01} and {@code "  131011"} survive [C]. Attributes are ignored (OQS uses none [C]). Text mixed
 * with child elements is refused: OQS never does it, and dropping it would lose data silently.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class XmlMsgReader {

    private static final Pattern JDK_PARSE_ERROR = Pattern.compile("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*(.*)$");

    private final XmlLimits limits;
    private final XMLInputFactory factory;

    public XmlMsgReader() {
        this(XmlLimits.DEFAULTS);
    }

    public XmlMsgReader(XmlLimits limits) {
        this.limits = limits;
        this.factory = hardenedFactory();
    }

    public XmlLimits limits() { return limits; }

    public ParsedXml read(Path file) {
        try {
            long size = Files.size(file);
            if (size > limits.maxInputBytes()) {
                throw tooLarge();
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads at most the size limit plus one byte, so an endless stream cannot exhaust memory. */
    public ParsedXml read(InputStream in) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxInputBytes() + 1));
            return read(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read XML input", e);
        }
    }

    public ParsedXml read(byte[] bytes) {
        if (bytes.length > limits.maxInputBytes()) {
            throw tooLarge();
        }
        XmlEncodingSniffer.Sniffed sniffed = XmlEncodingSniffer.sniff(bytes, bytes.length);
        CharBuffer chars = decode(bytes, sniffed);
        XmlNode root = parse(chars);
        return new ParsedXml(root, sniffed.charset(), sniffed.declaredName());
    }

    private XmlFormatException tooLarge() {
        return new XmlFormatException("input is larger than the limit of " + limits.maxInputBytes() + " bytes");
    }

    /**
     * The JDK's built-in StAX (not whatever provider is on the classpath), with DTDs and external entities off. The
     * DTD event is still reported with DTD support off; {@link TreeBuilder} refuses it.
     */
    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // Undeclared entity references surface as events we reject, instead of being expanded or silently dropped.
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not allowed: " + systemId);
        });
        return f;
    }

    /** Strict decoding, so a wrong declaration or corrupt bytes are reported rather than turned into U+FFFD. */
    private static CharBuffer decode(byte[] bytes, XmlEncodingSniffer.Sniffed sniffed) {
        CharsetDecoder decoder = sniffed.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int offset = sniffed.contentOffset();
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw badBytes(bytes, in.position(), result.length(), out, sniffed);
        }
        return out.flip();
    }

    private static XmlFormatException badBytes(byte[] bytes, int position, int length, CharBuffer decodedSoFar,
            XmlEncodingSniffer.Sniffed sniffed) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decodedSoFar.position(); i++) {
            if (decodedSoFar.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        byte[] bad = Arrays.copyOfRange(bytes, position, Math.min(bytes.length, position + Math.max(1, length)));
        return new XmlFormatException(line, column, "bytes " + hex(bad) + " at offset " + position
                + " are not valid " + sniffed.describe());
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(out.length() == 0 ? "" : " ").append(String.format("0x%02X", b & 0xFF));
        }
        return out.toString();
    }

    private XmlNode parse(CharBuffer chars) {
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(
                    new CharArrayReader(chars.array(), chars.arrayOffset(), chars.remaining()));
            return new TreeBuilder(reader, limits).build();
        } catch (XMLStreamException e) {
            throw fromStax(e);
        } finally {
            closeQuietly(reader);
        }
    }

    private static XmlFormatException fromStax(XMLStreamException e) {
        Location at = e.getLocation();
        String reason = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
        Matcher jdk = JDK_PARSE_ERROR.matcher(reason);
        if (jdk.matches()) {
            reason = jdk.group(1).strip();
        }
        int line = at == null ? WireFormatException.UNKNOWN : at.getLineNumber();
        int column = at == null ? WireFormatException.UNKNOWN : at.getColumnNumber();
        return new XmlFormatException(line, column, reason, e);
    }

    private static void closeQuietly(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // Nothing to release beyond the in-memory reader; the real error, if any, is already thrown.
            }
        }
    }

    /** Turns StAX events into XmlNodes with an explicit stack (no recursion), checking limits as it goes. */
    private static final class TreeBuilder {
        private final XMLStreamReader reader;
        private final XmlLimits limits;
        private final Deque<Frame> open = new ArrayDeque<>();
        private int elementCount;
        private XmlNode root;

        TreeBuilder(XMLStreamReader reader, XmlLimits limits) {
            this.reader = reader;
            this.limits = limits;
        }

        XmlNode build() throws XMLStreamException {
            while (reader.hasNext()) {
                onEvent(reader.next());
            }
            if (root == null) {
                throw error("no root element");
            }
            return root;
        }

        private void onEvent(int event) {
            switch (event) {
                case XMLStreamConstants.DTD -> throw error("DOCTYPE is not allowed (DTDs and entities are disabled)");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw error("entity reference &" + reader.getLocalName()
                        + "; is not allowed (DTDs and entities are disabled)");
                case XMLStreamConstants.START_ELEMENT -> startElement();
                case XMLStreamConstants.END_ELEMENT -> endElement();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text();
                default -> { } // comments, processing instructions, document start/end: nothing to keep
            }
        }

        private void startElement() {
            if (++elementCount > limits.maxElements()) {
                throw error("more than " + limits.maxElements() + " elements");
            }
            if (open.size() >= limits.maxDepth()) {
                throw error("elements nested deeper than " + limits.maxDepth() + " levels");
            }
            Frame parent = open.peek();
            if (parent != null) {
                parent.startChild(this);
            }
            open.push(new Frame(reader.getLocalName()));
        }

        private void endElement() {
            Frame frame = open.pop();
            XmlNode node = frame.toNode();
            Frame parent = open.peek();
            if (parent == null) {
                root = node;
            } else {
                parent.children.add(node);
            }
        }

        private void text() {
            Frame frame = open.peek();
            if (frame == null) {
                return; // whitespace outside the root; the parser itself rejects anything else there
            }
            frame.appendText(this, reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
        }

        XmlFormatException error(String reason) {
            Location at = reader.getLocation();
            return new XmlFormatException(at.getLineNumber(), at.getColumnNumber(), reason);
        }
    }

    /** An element being read: text until the first child, then children (with only whitespace allowed between). */
    private static final class Frame {
        final String name;
        final List<XmlNode> children = new ArrayList<>(4);
        StringBuilder text;

        Frame(String name) {
            this.name = name;
        }

        void startChild(TreeBuilder builder) {
            if (text != null && !text.toString().isBlank()) {
                throw builder.error("text mixed with child elements in <" + name + "> is not allowed");
            }
            text = null;
        }

        void appendText(TreeBuilder builder, char[] chars, int start, int length) {
            if (!children.isEmpty()) {
                if (!isBlank(chars, start, length)) {
                    throw builder.error("text mixed with child elements in <" + name + "> is not allowed");
                }
                return;
            }
            if (text == null) {
                text = new StringBuilder(length);
            }
            if (text.length() + length > builder.limits.maxTextLength()) {
                throw builder.error("text of <" + name + "> is longer than " + builder.limits.maxTextLength()
                        + " characters");
            }
            text.append(chars, start, length);
        }

        XmlNode toNode() {
            return children.isEmpty() ? XmlNode.leaf(name, text == null ? "" : text.toString())
                    : XmlNode.element(name, children);
        }

        private static boolean isBlank(char[] chars, int start, int length) {
            for (int i = start; i < start + length; i++) {
                if (!Character.isWhitespace(chars[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
