package org.openoqs.wire.medical;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/**
 * MessageHeader of TKKsiquc01res: as {@link DrugInformationResultHeader} but with the person under QualificationsInfo
 * [C] S4.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record HealthCheckupInformationResultHeader(String processExecutionTime, String medicalInstitutionCode,
                                                  String arbitraryFileIdentifier, String characterCodeIdentifier,
                                                  String resultCode, String messageContents,
                                                  QualificationsInfo qualificationsInfo) {
}
