package org.openoqs.central.messages;

import org.openoqs.core.code.CharacterCodeIdentifier;
import org.openoqs.wire.xml.XmlNode;

/**
 * Answers one kind of OQS request file (SPI): gets the parsed {@code XmlMsg}, the caller's 医療機関コード as the
 * transport established it, the result encoding and the terminal's idempotency key; returns the typed result message.
 */
@FunctionalInterface
public interface OqsMessageHandler {
    Object handle(XmlNode message, String institutionCode, CharacterCodeIdentifier encoding, String requestId);
}
