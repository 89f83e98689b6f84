package org.openoqs.wire.qualification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** One person of an 一括照会 result: the search echoed, the status, the qualification(s), and this institution's ReferenceNumber when it registered one. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BulkConfirmUnit(QualificationConfirmSearchInfo qualificationConfirmSearchInfo, String processingResultStatus,
                              String processingResultCode, String processingResultMessage,
                              String qualificationValidity,
                              List<ResultOfQualificationConfirmation> resultOfQualificationConfirmation,
                              String referenceNumber) {
}
