package org.openoqs.wire.qualification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/** MessageHeader of OQSmuquc02res / OQSmuimm02res with the counts (reference §2.6). SegmentOfResult 2 means still processing: ask again. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BulkResultHeader(String processExecutionTime, String qualificationConfirmationDate,
                               String medicalInstitutionCode, String arbitraryFileIdentifier,
                               String receptionNumber, String segmentOfResult, String errorCode,
                               String errorMessage, String numberOfProcessingResult,
                               String numberOfNormalProcessing, String numberOfError,
                               String characterCodeIdentifier) {
}
