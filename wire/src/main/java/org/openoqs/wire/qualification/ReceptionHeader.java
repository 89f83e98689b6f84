package org.openoqs.wire.qualification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/** MessageHeader of the first-phase answers OQSmuquc01res / OQSmuimm01res and of OQSsiimm01res. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReceptionHeader(String processExecutionTime, String medicalInstitutionCode, String arbitraryFileIdentifier,
                              String segmentOfResult, String errorCode, String errorMessage,
                              String characterCodeIdentifier) {
}
