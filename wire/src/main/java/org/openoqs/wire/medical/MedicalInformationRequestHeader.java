package org.openoqs.wire.medical;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;


/**
 * MessageHeader of YZKsiquc01req / TKKsiquc01req [C] S4. Unlike the qualification messages the insurance keys sit in
 * the header and have their own names: InsuranceCardSymbol, InsuredPersonIdentificationNumber, BranchNumber.
 * MedicalInstitutionCode is what the sender claims; central answers the institution the transport established.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MedicalInformationRequestHeader(String medicalInstitutionCode, String insurerNumber,
                                              String insuranceCardSymbol, String insuredPersonIdentificationNumber,
                                              String branchNumber, String arbitraryFileIdentifier) {
}
