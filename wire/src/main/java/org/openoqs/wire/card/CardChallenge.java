package org.openoqs.wire.card;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A one-time challenge central issues before a card-reader confirmation (照会区分 1): the card signs
 * {@link #challenge()} (Base64 of random bytes; the signature is over the decoded bytes, SHA256withRSA). It is bound
 * to the institution that asked for it and can be used once, before {@link #expiresAt()} (yyyyMMddHHmmss, JST).
 * OpenOQS's own message: the real terminal–central exchange is not public [I].
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CardChallenge(String challengeId, String challenge, String expiresAt) {
}
