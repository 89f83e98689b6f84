package org.openoqs.wire.qualification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/** 検索条件 of a 保険証 query (照会区分 2), echoed in the result. */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record QualificationConfirmSearchInfo(String insurerNumber, String insuredCardSymbol, String insuredIdentificationNumber,
                                              String insuredBranchNumber, String birthdate,
                                              String limitApplicationCertificateRelatedConsFlg, String arbitraryIdentifier) {
}
