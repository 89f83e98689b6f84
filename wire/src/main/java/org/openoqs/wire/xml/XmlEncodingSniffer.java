package org.openoqs.wire.xml;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset of an OQS file from its first bytes, before any XML parser sees it.
 *
 * <p>Why not let StAX do it: OQS "Shift_JIS" is in practice Windows-31J (CP932) and real names and addresses carry
 * NEC/IBM extended characters (①, ㈱, 髙, 﨑) that strict Shift_JIS rejects [I, backed by S4 writing code page 932].
 * So every Shift_JIS spelling maps to {@code MS932}. No declaration means UTF-8 (the XML default). A UTF-8 BOM is
 * tolerated [I]; UTF-16 is never used by OQS producers and is refused.
 */
final class XmlEncodingSniffer {

    static final Charset MS932 = Charset.forName("MS932");

    private static final Set<String> SHIFT_JIS_NAMES =
            Set.of("shift_jis", "sjis", "shift-jis", "ms932", "windows-31j", "cp932", "x-sjis", "ms_kanji");
    private static final Set<String> UTF_8_NAMES = Set.of("utf-8", "utf8");
    /** The declaration is ASCII in both encodings; 256 bytes is plenty and bounds the scan. */
    private static final int DECLARATION_SCAN_BYTES = 256;
    private static final Pattern ENCODING =
            Pattern.compile("\\sencoding\\s*=\\s*([\"'])([A-Za-z0-9._:-]*)\\1");

    /**
     * @param charset what to decode with
     * @param declaredName the encoding as written in the declaration, or null
     * @param contentOffset where the text starts (after a BOM)
     */
    record Sniffed(Charset charset, String declaredName, int contentOffset) {
        /** How to name the encoding in an error message. */
        String describe() {
            if (declaredName == null) {
                return "UTF-8 (no encoding declared)";
            }
            return charset.equals(MS932) ? declaredName + " (decoded as MS932/Windows-31J)" : declaredName;
        }
    }

    private XmlEncodingSniffer() {
    }

    static Sniffed sniff(byte[] bytes, int length) {
        rejectUtf16(bytes, length);
        int offset = hasUtf8Bom(bytes, length) ? 3 : 0;
        String declaration = declaration(bytes, offset, length);
        String declared = declaration == null ? null : encodingOf(declaration);
        if (declared == null) {
            return new Sniffed(StandardCharsets.UTF_8, null, offset);
        }
        Charset charset = charsetFor(declared);
        if (offset == 3 && !charset.equals(StandardCharsets.UTF_8)) {
            throw new XmlFormatException(1, 1, "the file starts with a UTF-8 byte order mark but declares encoding \""
                    + declared + "\"");
        }
        return new Sniffed(charset, declared, offset);
    }

    private static Charset charsetFor(String declared) {
        String key = declared.toLowerCase(Locale.ROOT);
        if (UTF_8_NAMES.contains(key)) {
            return StandardCharsets.UTF_8;
        }
        if (SHIFT_JIS_NAMES.contains(key)) {
            return MS932;
        }
        throw new XmlFormatException(1, 1, "unsupported encoding \"" + declared
                + "\" (OQS files are UTF-8 or Shift_JIS)");
    }

    private static void rejectUtf16(byte[] b, int length) {
        boolean bom = length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)
                || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
        boolean bareUtf16 = length >= 2 && ((b[0] == 0 && b[1] == '<') || (b[0] == '<' && b[1] == 0));
        if (bom || bareUtf16) {
            throw new XmlFormatException(1, 1, "UTF-16 is not supported (OQS files are UTF-8 or Shift_JIS)");
        }
    }

    private static boolean hasUtf8Bom(byte[] b, int length) {
        return length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
    }

    /** The XML declaration's text up to "?>", only if the file starts with one; null otherwise. */
    private static String declaration(byte[] bytes, int offset, int length) {
        int end = Math.min(length, offset + DECLARATION_SCAN_BYTES);
        String head = new String(bytes, offset, end - offset, StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<?xml") || head.length() < 6 || !Character.isWhitespace(head.charAt(5))) {
            return null;
        }
        int close = head.indexOf("?>");
        return close < 0 ? null : head.substring(0, close);
    }

    private static String encodingOf(String declaration) {
        Matcher m = ENCODING.matcher(declaration);
        return m.find() ? m.group(2) : null;
    }
}
