package org.openoqs.wire.qualification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/** 高齢受給者証情報. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ElderlyRecipientCertificateInfo(String elderlyRecipientCertificateDate, String elderlyRecipientValidStartDate,
                                              String elderlyRecipientValidEndDate,
                                              String elderlyRecipientContributionRatio) {
}
