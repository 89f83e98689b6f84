package org.openoqs.wire.medical;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/**
 * The person of a YZK result (/XmlMsg/MessageHeader/QuaInf [C] S4): Name, KanaName, Birth (yyyyMMdd) and AdmGendCode
 * (OQSCD007 [I]). The TKK result carries the same facts under other names, {@link QualificationsInfo}.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuaInf(String name, String kanaName, String birth, String admGendCode) {
}
