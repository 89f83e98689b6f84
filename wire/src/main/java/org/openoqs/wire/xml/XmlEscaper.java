package org.openoqs.wire.xml;

/** Escapes element text for XML 1.0. Package-private: shared by {@link XmlMsgWriter} and {@link XmlNode#toString()}. */
final class XmlEscaper {

    private XmlEscaper() {
    }

    /** Escapes with U+FFFD for characters XML 1.0 cannot carry at all. */
    static void appendText(StringBuilder out, String text) {
        appendText(out, text, "\uFFFD");
    }

    /**
     * Escapes {@code & < >} (">" too, so "]]>" can never appear) and CR as {@code &#13;}, because a parser would
     * otherwise normalise CR/CRLF to LF and the value would not survive a round trip. Control characters XML 1.0
     * forbids, and lone surrogates (half of a pair, which no encoding can carry), are replaced by
     * {@code illegalReplacement}: writing them would produce a file no parser accepts. So escaped text never holds a
     * lone surrogate, and {@link XmlMsgWriter} can encode UTF-8 without looking for one.
     */
    static void appendText(StringBuilder out, String text, String illegalReplacement) {
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (isSurrogatePairAt(text, i)) {
                    i++; // a pair: one character, written as it is
                    continue;
                }
                out.append(text, start, i).append(illegalReplacement);
                start = i + 1;
                continue;
            }
            String escaped = escapeFor(c, illegalReplacement);
            if (escaped != null) {
                out.append(text, start, i).append(escaped);
                start = i + 1;
            }
        }
        out.append(text, start, length);
    }

    /** Whether a surrogate pair starts at {@code i}; a lone surrogate (either half alone) cannot be encoded. */
    static boolean isSurrogatePairAt(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    private static String escapeFor(char c, String illegalReplacement) {
        switch (c) {
            case '&': return "&amp;";
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '\r': return "&#13;";
            case '\t', '\n': return null;
            default:
                return isIllegalInXml(c) ? illegalReplacement : null;
        }
    }

    /** C0 controls other than TAB/LF/CR, and U+FFFE/U+FFFF, are not XML 1.0 characters (surrogates: see appendText). */
    private static boolean isIllegalInXml(char c) {
        return c < 0x20 || c == 0xFFFE || c == 0xFFFF;
    }
}
