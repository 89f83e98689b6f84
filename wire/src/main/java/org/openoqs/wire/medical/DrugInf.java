package org.openoqs.wire.medical;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/**
 * One drug [C] S4: DrugC (code), DrugN (name), Qua1 (数量), Unit, UsageN (用法), SpInst (特別指示), Times (日数/回数) and
 * IngreN (一般名). All values are strings, as everywhere in OQS files.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DrugInf(String drugC, String drugN, String qua1, String unit, String usageN, String spInst,
                      String times, String ingreN) {
}
