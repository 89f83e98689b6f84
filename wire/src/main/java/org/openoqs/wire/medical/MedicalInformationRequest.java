package org.openoqs.wire.medical;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/** YZKsiquc01req (薬剤情報) or TKKsiquc01req (特定健診情報): the two share one layout (reference §2.7). */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MedicalInformationRequest(MedicalInformationRequestHeader messageHeader, MedicalInformationRequestBody messageBody) {
}
