/**
 * Typed 薬剤情報 / 特定健診情報 messages: YZKsiquc01req/res and TKKsiquc01req/res (reference oqs-interface §2.7).
 * Bound like {@code org.openoqs.wire.qualification}: Jackson with upper-camel-case names equal to the OQS element
 * names, all values strings, empty optional elements left out, unknown elements ignored; XML through
 * {@link org.openoqs.wire.xml.OqsMessageCodec}. Only the elements real consumers are known to read are confirmed;
 * where an element's place or values are OpenOQS's reading the record says so ([I]).
 */
package org.openoqs.wire.medical;
