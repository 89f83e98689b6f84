package org.openoqs.wire.qualification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/** 照会番号 registration data: the institution's own patient id (≤ 50 characters [S]) and the card it belongs to (reference §2.8). */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReferenceNumberRegistrationInfo(String referenceNumber, String insurerNumber, String insuredCardSymbol,
                                              String insuredIdentificationNumber, String insuredBranchNumber) {
}
