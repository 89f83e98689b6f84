package org.openoqs.wire.medical;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/**
 * One month of one institution's dispensings (/XmlMsg/MessageBody/MeTrMonthInf [C] S4, claims-derived [I]):
 * DiOrg the kind of institution (OpenOQS writes the 点数表番号 of MeTrDiHCd: 1 医科, 3 歯科, 4 薬局 [I]), MeTrDiHCd and
 * MeTrDiHNm, MeTrMonth (yyyyMM), InOut (1 院内, 2 院外 [I]) and the days. The prescribing institution of a pharmacy's
 * dispensing (PrlsHCd, PrlsHNm) and the electronic-prescription trees (CzDiInf, ShPrInf) are not produced.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeTrMonthInf(String diOrg, String meTrDiHCd, String meTrDiHNm, String meTrMonth, String inOut,
                           DiDateInfs diDateInfs) {
}
