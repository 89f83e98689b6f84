package org.openoqs.wire.qualification;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The JSON form of an OQS message: the message under a single {@code XmlMsg} key, as in the XML root element. */
public record XmlMsgDocument<T>(@JsonProperty("XmlMsg") T xmlMsg) {
}
