package org.openoqs.wire.qualification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** MessageBody of OQSsiquc01res. More than one ResultList entry means 複数該当. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConfirmationResultBody(String processingResultStatus, String processingResultCode,
                                     String processingResultMessage, String qualificationValidity,
                                     QualificationConfirmSearchInfo qualificationConfirmSearchInfo,
                                     String prescriptionIssueSelect, List<ResultItem> resultList) {
}
