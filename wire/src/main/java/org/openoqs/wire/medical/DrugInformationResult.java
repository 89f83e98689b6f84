package org.openoqs.wire.medical;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/** YZKsiquc01res: 薬剤情報 of one person, or a refusal (ResultCode other than 1 and MessageContents). */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DrugInformationResult(DrugInformationResultHeader messageHeader, DrugInformationResultBody messageBody) {
}
