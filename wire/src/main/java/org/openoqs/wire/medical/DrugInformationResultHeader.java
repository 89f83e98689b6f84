package org.openoqs.wire.medical;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/**
 * MessageHeader of YZKsiquc01res. ResultCode ({@code 1} success) and MessageContents are what consumers read [C] S4,
 * which looks them up anywhere in the file; OpenOQS puts them in the header [I]. QuaInf identifies the person whose
 * information follows; it is absent on refusals.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DrugInformationResultHeader(String processExecutionTime, String medicalInstitutionCode,
                                          String arbitraryFileIdentifier, String characterCodeIdentifier,
                                          String resultCode, String messageContents, QuaInf quaInf) {
}
