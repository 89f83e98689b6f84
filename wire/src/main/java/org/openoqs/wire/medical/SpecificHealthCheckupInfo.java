package org.openoqs.wire.medical;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/** One 特定健診 [C] S4: EffectiveTime (受診日, yyyyMMdd) and its items. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SpecificHealthCheckupInfo(String effectiveTime,
                                        HealthCheckupResultAndQuestionInfos healthCheckupResultAndQuestionInfos) {
}
