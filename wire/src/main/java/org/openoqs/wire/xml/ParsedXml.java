package org.openoqs.wire.xml;

import java.nio.charset.Charset;

/**
 * A parsed OQS file.
 *
 * @param root the document element (normally {@code XmlMsg}; the reader does not insist, callers check)
 * @param encoding the charset the bytes were decoded with (UTF-8 or MS932)
 * @param declaredEncoding the {@code encoding} pseudo-attribute exactly as written, or null when there was none
 */
public record ParsedXml(XmlNode root, Charset encoding, String declaredEncoding) {
}
