package org.openoqs.terminal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openoqs.wire.xml.ParsedXml;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.XmlMsgReader;
import org.openoqs.wire.xml.XmlMsgWriter;
import org.openoqs.wire.xml.XmlNode;

/**
 * Makes a result file from central fit for {@code res}: it must parse, be in the terminal's encoding, declare
 * {@code standalone="no"} and carry the matching {@code CharacterCodeIdentifier} ({@code 0} UTF-8, {@code 1}
 * Shift_JIS [C] §5). A conforming file is passed through byte for byte; anything else is re-encoded via
 * {@link XmlMsgWriter}, which replaces characters MS932 cannot carry with {@code ●}.
 */
public final class ResultNormalizer {

    private static final String ROOT = "XmlMsg";
    private static final String HEADER = "MessageHeader";
    private static final String CHARACTER_CODE = "CharacterCodeIdentifier";
    private static final Pattern STANDALONE_NO = Pattern.compile("standalone\\s*=\\s*[\"']no[\"']");

    private final XmlMsgReader reader;
    private final XmlMsgWriter writer = new XmlMsgWriter();

    public ResultNormalizer(XmlMsgReader reader) {
        this.reader = reader;
    }

    /**
     * @throws org.openoqs.wire.xml.WireFormatException when the bytes are not an acceptable XML file
     * @throws IllegalArgumentException when the root is not {@code XmlMsg}
     */
    public byte[] normalize(byte[] result, ResultEncoding wanted) {
        ParsedXml parsed = reader.read(result);
        if (!ROOT.equals(parsed.root().name())) {
            throw new IllegalArgumentException("root element is <" + parsed.root().name() + ">, not <" + ROOT + ">");
        }
        if (conforms(result, parsed, wanted)) {
            return result;
        }
        return writer.write(withCharacterCode(parsed.root(), wanted.characterCodeIdentifier()), wanted);
    }

    private static boolean conforms(byte[] result, ParsedXml parsed, ResultEncoding wanted) {
        return parsed.encoding().equals(wanted.charset())
                && wanted.characterCodeIdentifier().equals(parsed.root().pathText(HEADER + "/" + CHARACTER_CODE))
                && STANDALONE_NO.matcher(declaration(result)).find();
    }

    /** The XML declaration as ASCII (both encodings are ASCII-compatible there), or "" when there is none. */
    private static String declaration(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        int start = head.indexOf("<?xml");
        int end = head.indexOf("?>");
        return start >= 0 && end > start ? head.substring(start, end) : "";
    }

    private static XmlNode withCharacterCode(XmlNode root, String code) {
        List<XmlNode> children = new ArrayList<>();
        for (XmlNode child : root.children()) {
            children.add(HEADER.equals(child.name()) ? headerWithCode(child, code) : child);
        }
        return XmlNode.element(root.name(), children);
    }

    private static XmlNode headerWithCode(XmlNode header, String code) {
        List<XmlNode> children = new ArrayList<>();
        for (XmlNode child : header.children()) {
            if (!CHARACTER_CODE.equals(child.name())) {
                children.add(child);
            }
        }
        children.add(XmlNode.leaf(CHARACTER_CODE, code));
        return XmlNode.element(HEADER, children);
    }
}
