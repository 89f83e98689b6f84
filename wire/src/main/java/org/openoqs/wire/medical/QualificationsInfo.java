package org.openoqs.wire.medical;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/**
 * The person of a TKK result (/XmlMsg/MessageHeader/QualificationsInfo [C] S4). The names differ from YZK's
 * {@link QuaInf} on purpose — KanasName, Birthday, AdministrativeGenderCode are what real consumers read.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QualificationsInfo(String name, String kanasName, String birthday, String administrativeGenderCode) {
}
