package org.openoqs.wire.medical;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/**
 * One result or questionnaire item [C] S4: ItemCode (JLAC10-style [I]), ItemName, DataType (PQ/CD/ST [I]), DataValue,
 * DataValueName (the name of a coded value), Unit and Oid (the code system of a coded value).
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record HealthCheckupResultAndQuestionInfo(String itemCode, String itemName, String dataType, String dataValue,
                                                 String dataValueName, String unit, String oid) {
}
