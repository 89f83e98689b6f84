package org.openoqs.wire.qualification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/** One registration of an OQSmuimm02res, or the body of an OQSsiimm01res: echo and status. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BulkRegistrationUnit(ReferenceNumberRegistrationInfo referenceNumberRegistrationInfo, String processingResultStatus,
                                   String processingResultCode, String processingResultMessage) {
}
