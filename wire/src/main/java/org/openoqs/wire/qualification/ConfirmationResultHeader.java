package org.openoqs.wire.qualification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/** MessageHeader of OQSsiquc01res. ErrorCode/ErrorMessage only when SegmentOfResult is not 1. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConfirmationResultHeader(String processExecutionTime, String qualificationConfirmationDate,
                                       String medicalInstitutionCode, String arbitraryFileIdentifier,
                                       String referenceClassification, String segmentOfResult, String errorCode,
                                       String errorMessage, String characterCodeIdentifier) {
}
