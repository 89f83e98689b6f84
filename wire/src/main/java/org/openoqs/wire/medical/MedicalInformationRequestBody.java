package org.openoqs.wire.medical;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/**
 * MessageBody of YZKsiquc01req / TKKsiquc01req [C] S4: StartDate and EndDate (yyyyMMdd, YZK), FileCategory (YZK: 1
 * 薬剤 PDF, 2 薬剤 XML, 3 薬剤+診療 PDF, 4 薬剤+診療 XML; TKK: 1 PDF, 2 XML), PrDiInfClassification (meaning unknown,
 * S4 always sends 1) and MedicalTreatmentFlag (OQSCD028).
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MedicalInformationRequestBody(String startDate, String endDate, String fileCategory,
                                            String prDiInfClassification, String medicalTreatmentFlag) {
}
