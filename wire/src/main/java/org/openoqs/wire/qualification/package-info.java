/**
 * Typed OQS qualification-confirmation messages (OQSsiquc01req / OQSsiquc01res). Every record is bound with Jackson
 * using upper-camel-case names, so its properties are exactly the OQS element names ({@code InsurerNumber}, …); the
 * same records are written as JSON (the closed-network web API shape, reference §6) and, through
 * {@link org.openoqs.wire.xml.OqsMessageCodec}, as {@code XmlMsg} files. All values are strings so leading zeros and
 * space padding survive; empty optional elements are left out; unknown elements are ignored.
 */
package org.openoqs.wire.qualification;
